package vn.troly.assistant.handlers;

import vn.troly.assistant.pipeline.TurnContext;
import vn.troly.assistant.understand.Route;
import vn.troly.assistant.understand.Router;

/**
 * The reply to a question that is not about the plans ("Ai là tổng thống Mỹ?"), unless the citizens' guide has a card
 * for it or knows the procedure it names: a question read with the wrong cues ("xác nhận tình trạng hôn nhân online"
 * is no claim to check) is still a citizen's errand.
 */
public final class OutOfScope {

    private final Router router;
    private final CitizenHelpHandler citizenHelp;

    public OutOfScope(Router router, CitizenHelpHandler citizenHelp) {
        this.router = router;
        this.citizenHelp = citizenHelp;
    }

    /** Replaces whatever the turn said so far. */
    public void answer(TurnContext turn) {
        turn.lines().clear();
        if (citizenHelp.answer(turn.text(), false, turn)) {
            return;
        }
        Route fallback = router.fallback();
        turn.intent("out_of_scope");
        turn.status(fallback.status());
        turn.say(fallback.reply());
    }
}
