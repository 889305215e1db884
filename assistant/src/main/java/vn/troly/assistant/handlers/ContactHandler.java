package vn.troly.assistant.handlers;

import vn.troly.assistant.answer.Status;
import vn.troly.assistant.pipeline.TurnContext;
import vn.troly.assistant.prompt.Prompts;
import vn.troly.assistant.understand.Understanding;

/**
 * "Chủ tịch xã là ai?", "Số điện thoại của UBND xã?": a plan names no people and no phone numbers, so the honest answer
 * says so and where to ask, rather than a row that happens to mention "Chủ tịch UBND tỉnh".
 */
public final class ContactHandler implements Handler {

    private final Prompts prompts;

    public ContactHandler(Prompts prompts) {
        this.prompts = prompts;
    }

    @Override
    public void handle(TurnContext turn, Understanding u) {
        turn.status(Status.NOT_IN_PLAN);
        turn.say(prompts.render("contact_not_in_plan", "commune", turn.communeName()));
    }
}
