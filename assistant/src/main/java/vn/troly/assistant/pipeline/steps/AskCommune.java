package vn.troly.assistant.pipeline.steps;

import vn.troly.assistant.answer.Answer;
import vn.troly.assistant.answer.Status;
import vn.troly.assistant.commune.CommuneFinder;
import vn.troly.assistant.engine.Conversations;
import vn.troly.assistant.handlers.OutOfScope;
import vn.troly.assistant.handlers.RowFinder;
import vn.troly.assistant.pipeline.Step;
import vn.troly.assistant.pipeline.TurnContext;
import vn.troly.assistant.prompt.Prompts;
import vn.troly.assistant.understand.Intent;
import vn.troly.assistant.understand.Understanding;
import vn.troly.knowledge.library.Commune;
import vn.troly.knowledge.library.PlanLibrary;

import java.util.List;

/**
 * No commune is known for a question about a commune's plan: the user is asked which, with the communes to pick
 * from, and the question waits for the answer. A question that no plan has anything on and that does not speak of
 * the plan is out of scope instead.
 */
public final class AskCommune implements Step {

    private final PlanLibrary library;
    private final CommuneFinder communes;
    private final RowFinder rows;
    private final OutOfScope outOfScope;
    private final Prompts prompts;

    public AskCommune(PlanLibrary library, CommuneFinder communes, RowFinder rows, OutOfScope outOfScope, Prompts prompts) {
        this.library = library;
        this.communes = communes;
        this.rows = rows;
        this.outOfScope = outOfScope;
        this.prompts = prompts;
    }

    @Override
    public String name() {
        return "ask_commune";
    }

    @Override
    public void run(TurnContext turn) {
        if (turn.communeId() != null) {
            return;
        }
        Understanding u = turn.understanding();
        String text = turn.text();
        if ((u.intent().aboutOneIndicator() || u.intent() == Intent.CITIZEN) && !rows.mentionsPlanRows(text) && !rows.foundAnywhere(u)) {
            outOfScope.answer(turn);
            turn.finish(turn.status());
            return;
        }
        List<Commune> loaded = library.communes();
        String example = loaded.isEmpty() ? text
                : prompts.render("clarify_commune_example", "question", text.replaceAll("[?.!]+$", ""), "commune", loaded.get(0).name());
        // a national deployment cannot list its thousands of communes: the name (and the province) is asked for
        List<Commune> offered = communes.tooManyToList() ? List.of() : loaded;
        turn.say(offered.isEmpty() && !loaded.isEmpty()
                ? prompts.render("clarify_commune_many", "count", String.valueOf(loaded.size()),
                        "provinces", String.valueOf(communes.provinces().size()), "example", example)
                : prompts.render("clarify_commune", "communes", communes.names(), "example", example));
        offered.forEach(c -> turn.candidates().add(Answer.Candidate.commune(c.id(), prompts.render("commune_candidate", "name", c.name()))));
        // the question waits for the commune: picked from the list, or named in the next message
        turn.remember(new Conversations.State(null, u.intent(), u.hasTopic() ? u.topic() : null, null, null,
                offered.stream().map(Commune::id).toList(), Answer.Candidate.COMMUNE, text));
        turn.finish(Status.CLARIFICATION_NEEDED);
    }
}
