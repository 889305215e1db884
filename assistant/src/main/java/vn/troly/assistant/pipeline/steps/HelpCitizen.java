package vn.troly.assistant.pipeline.steps;

import vn.troly.assistant.handlers.CitizenHelpHandler;
import vn.troly.assistant.pipeline.Step;
import vn.troly.assistant.pipeline.TurnContext;
import vn.troly.assistant.understand.Intent;
import vn.troly.assistant.understand.Understanding;

import java.util.EnumSet;
import java.util.Set;

/**
 * A citizen's errand ("Làm sao cài VNeID?") is answered from the guide before anything else: it needs no commune.
 * So is a bare topic that asks nothing of the plan ("sổ sức khỏe điện tử trên VNeID"), whether or not a commune is
 * known, when a card answers it: the guide's matcher only answers when the question's words are the card's, and plan
 * words ("tỷ lệ", "chỉ tiêu") are in no card. A question read as asking when or how much ("làm sổ đỏ mất bao lâu")
 * is a plan question unless it names a procedure the guide knows it has no card for: then it hears so. Right after
 * a card, "cần giấy tờ gì?" or "mất bao lâu?" asks for that field of the same card.
 */
public final class HelpCitizen implements Step {

    /** Intents a plan question about a row's deadline or target shares with an errand's "how long", "how much". */
    private static final Set<Intent> WHEN_OR_HOW_MUCH = EnumSet.of(Intent.DEADLINE, Intent.TARGET);

    private final CitizenHelpHandler citizenHelp;

    public HelpCitizen(CitizenHelpHandler citizenHelp) {
        this.citizenHelp = citizenHelp;
    }

    @Override
    public String name() {
        return "citizen";
    }

    @Override
    public void run(TurnContext turn) {
        Understanding u = turn.understanding();
        if (citizenHelp.followUp(turn.text(), turn.previous().cardId(), turn)) {
            turn.rememberAbout(u, null);
            turn.finish(turn.status());
            return;
        }
        boolean askingHelp = u.intent() == Intent.CITIZEN;
        boolean bareTopic = turn.communeId() == null && u.intent() == Intent.INFO;
        boolean notAboutThePlan = !u.asksAboutPlan();
        boolean errand = u.intent() == Intent.INFO && notAboutThePlan;
        boolean answered = (askingHelp || bareTopic || errand) ? citizenHelp.answer(turn.text(), askingHelp, turn)
                : WHEN_OR_HOW_MUCH.contains(u.intent()) && notAboutThePlan && citizenHelp.declineUncovered(turn.text(), turn);
        if (answered) {
            turn.rememberAbout(u, null);
            turn.finish(turn.status());
        }
    }
}
