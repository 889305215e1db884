package vn.troly.assistant.pipeline.steps;

import vn.troly.assistant.answer.Action;
import vn.troly.assistant.pipeline.Step;
import vn.troly.assistant.pipeline.TurnContext;
import vn.troly.assistant.understand.Router;

/** Greetings, thanks, help and attempts to take over the assistant get their fixed replies (prompts/routes.yml). */
public final class CannedRoute implements Step {

    private final Router router;

    public CannedRoute(Router router) {
        this.router = router;
    }

    @Override
    public String name() {
        return "route";
    }

    @Override
    public void run(TurnContext turn) {
        if (!(turn.action() instanceof Action.Text)) {
            // a button or command means what it says, and a question waiting for a commune was no small talk
            return;
        }
        router.route(turn.folded()).ifPresent(route -> {
            turn.intent(route.name());
            turn.say(route.reply());
            turn.finish(route.status());
        });
    }
}
