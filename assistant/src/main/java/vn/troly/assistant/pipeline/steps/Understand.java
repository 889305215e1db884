package vn.troly.assistant.pipeline.steps;

import vn.troly.assistant.answer.Action;
import vn.troly.assistant.pipeline.Step;
import vn.troly.assistant.pipeline.TurnContext;
import vn.troly.assistant.understand.Intent;
import vn.troly.assistant.understand.IntentDetector;
import vn.troly.assistant.understand.Understanding;

import java.util.Map;

/**
 * Reads the intent, agency, years, date window and topic of the question (prompts/intents.yml). A channel's command
 * names its intent itself; the text still gives the rest.
 */
public final class Understand implements Step {

    /** The commands a channel may send, and the intent each asks for. */
    private static final Map<String, Intent> COMMANDS = Map.of("summary", Intent.SUMMARY, "update", Intent.UPDATE,
            "report", Intent.REPORT);

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
        Understanding u = detector.understand(turn.folded(), turn.text());
        if (turn.action() instanceof Action.Command command && COMMANDS.containsKey(command.name())) {
            u = new Understanding(COMMANDS.get(command.name()), u.topic(), u.agency(), u.years(), u.window());
        }
        turn.understanding(u);
    }
}
