package vn.troly.assistant.handlers;

import vn.troly.assistant.answer.Citation;
import vn.troly.assistant.compose.Excerpt;
import vn.troly.assistant.pipeline.TurnContext;
import vn.troly.assistant.prompt.Prompts;
import vn.troly.assistant.tools.CitizenArticle;
import vn.troly.assistant.tools.CitizenGuide;
import vn.troly.assistant.understand.Intent;

import java.util.Optional;

/**
 * "Làm sao cài VNeID?": the citizens' guide article that answers an errand, with its sources. Tried first for
 * citizens' questions (they need no commune), and again when a question matches no row of the plan.
 */
public final class CitizenHelpHandler {

    private final CitizenGuide guide;
    private final Prompts prompts;

    public CitizenHelpHandler(CitizenGuide guide, Prompts prompts) {
        this.guide = guide;
        this.prompts = prompts;
    }

    /**
     * @param askingHelp the question was read as a citizen's request for help (intent), not only guessed to be one
     * @return whether an article answered it
     */
    public boolean answer(String text, boolean askingHelp, TurnContext turn) {
        Optional<CitizenArticle> article = guide.best(text, askingHelp);
        turn.mark("citizen_guide");
        if (article.isEmpty()) {
            return false;
        }
        turn.intent(Intent.CITIZEN.code());
        turn.say(article.get().body());
        turn.say(prompts.render("citizen_source", "title", article.get().title(), "sources", article.get().sources()));
        turn.citations().add(new Citation("citizen/" + article.get().id(), article.get().title(),
                null, prompts.render("citizen_citation_section"), null, Excerpt.of(article.get().body(), 200)));
        return true;
    }
}
