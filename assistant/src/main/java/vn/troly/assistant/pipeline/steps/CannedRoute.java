package vn.troly.assistant.pipeline.steps;

import vn.troly.assistant.answer.Action;
import vn.troly.assistant.pipeline.Step;
import vn.troly.assistant.pipeline.TurnContext;
import vn.troly.assistant.handlers.RowFinder;
import vn.troly.assistant.understand.IntentDetector;
import vn.troly.assistant.understand.Route;
import vn.troly.assistant.understand.Router;

/** Greetings, thanks, help and attempts to take over the assistant get their fixed replies (prompts/routes.yml). */
public final class CannedRoute implements Step {

    private final Router router;
    private final IntentDetector detector;
    private final RowFinder rows;

    public CannedRoute(Router router, IntentDetector detector, RowFinder rows) {
        this.router = router;
        this.detector = detector;
        this.rows = rows;
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
        router.route(turn.folded()).filter(route -> !aboutThePlan(route, turn)).ifPresent(route -> {
            turn.intent(route.name());
            turn.say(route.reply());
            turn.finish(route.status());
        });
    }

    /** Whether a label that yields to the plan met a message some plan row is about. */
    private boolean aboutThePlan(Route route, TurnContext turn) {
        return route.yieldsToPlan() && rows.foundAnywhere(detector.understand(turn.folded(), turn.text()));
    }
}
