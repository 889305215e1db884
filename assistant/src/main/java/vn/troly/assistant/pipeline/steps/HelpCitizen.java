package vn.troly.assistant.pipeline.steps;

import vn.troly.assistant.handlers.CitizenHelpHandler;
import vn.troly.assistant.pipeline.Step;
import vn.troly.assistant.pipeline.TurnContext;
import vn.troly.assistant.understand.Intent;
import vn.troly.assistant.understand.Understanding;

/**
 * A citizen's errand ("Làm sao cài VNeID?") is answered from the guide before anything else: it needs no commune.
 * So is a bare topic when no commune is known and the guide has an article on it.
 */
public final class HelpCitizen implements Step {

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
        boolean askingHelp = u.intent() == Intent.CITIZEN;
        if ((askingHelp || (turn.communeId() == null && u.intent() == Intent.INFO)) && citizenHelp.answer(turn.text(), askingHelp, turn)) {
            turn.rememberAbout(u, null);
            turn.finish(turn.status());
        }
    }
}
