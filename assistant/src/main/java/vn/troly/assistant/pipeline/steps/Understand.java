package vn.troly.assistant.pipeline.steps;

import vn.troly.assistant.pipeline.Step;
import vn.troly.assistant.pipeline.TurnContext;
import vn.troly.assistant.understand.IntentDetector;

/** Reads the intent, agency, years, date window and topic of the question (prompts/intents.yml). */
public final class Understand implements Step {

    private final IntentDetector detector;

    public Understand(IntentDetector detector) {
        this.detector = detector;
    }

    @Override
    public String name() {
        return "understand";
    }

    @Override
    public void run(TurnContext turn) {
        turn.understanding(detector.understand(turn.folded()));
    }
}
