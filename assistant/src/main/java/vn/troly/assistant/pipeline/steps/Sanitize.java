package vn.troly.assistant.pipeline.steps;

import vn.troly.assistant.answer.Action;
import vn.troly.assistant.answer.Status;
import vn.troly.assistant.pipeline.Step;
import vn.troly.assistant.pipeline.TurnContext;
import vn.troly.assistant.prompt.Prompts;
import vn.troly.assistant.understand.Sanitizer;
import vn.troly.knowledge.text.VietnameseNormalizer;

/**
 * Cleans the message (invisible characters, floods of text) and folds it; an empty message is asked again, unless a
 * button was pressed (its action says what it means).
 */
public final class Sanitize implements Step {

    private final Sanitizer sanitizer;
    private final VietnameseNormalizer normalizer;
    private final Prompts prompts;

    public Sanitize(Sanitizer sanitizer, VietnameseNormalizer normalizer, Prompts prompts) {
        this.sanitizer = sanitizer;
        this.normalizer = normalizer;
        this.prompts = prompts;
    }

    @Override
    public String name() {
        return "sanitize";
    }

    @Override
    public void run(TurnContext turn) {
        String text = sanitizer.clean(turn.question().text());
        if (text.isEmpty() && turn.action() instanceof Action.Text) {
            turn.intent("empty");
            turn.say(prompts.render("empty_message"));
            turn.finish(Status.CLARIFICATION_NEEDED);
            return;
        }
        turn.text(text);
        turn.folded(normalizer.fold(text));
    }
}
