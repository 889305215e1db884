package vn.troly.assistant.handlers;

import vn.troly.assistant.pipeline.TurnContext;
import vn.troly.assistant.understand.Route;
import vn.troly.assistant.understand.Router;

/** The reply to a question that is not about the plans nor a citizen's errand ("Ai là tổng thống Mỹ?"). */
public final class OutOfScope {

    private final Router router;

    public OutOfScope(Router router) {
        this.router = router;
    }

    /** Replaces whatever the turn said so far. */
    public void answer(TurnContext turn) {
        Route fallback = router.fallback();
        turn.intent("out_of_scope");
        turn.status(fallback.status());
        turn.lines().clear();
        turn.say(fallback.reply());
    }
}
