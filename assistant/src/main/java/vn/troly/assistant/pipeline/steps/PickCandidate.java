package vn.troly.assistant.pipeline.steps;

import vn.troly.assistant.answer.CommuneRef;
import vn.troly.assistant.engine.Conversations;
import vn.troly.assistant.handlers.Handlers;
import vn.troly.assistant.pipeline.Step;
import vn.troly.assistant.pipeline.TurnContext;
import vn.troly.assistant.understand.Understanding;
import vn.troly.knowledge.library.PlanLibrary;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The previous turn offered rows to pick from and the user answered with a number ("2", "số 2"): that row. */
public final class PickCandidate implements Step {

    private static final Pattern PICK = Pattern.compile("^(?:so |chon |cai )?(\\d{1,2})$");

    private final PlanLibrary library;
    private final Handlers handlers;

    public PickCandidate(PlanLibrary library, Handlers handlers) {
        this.library = library;
        this.handlers = handlers;
    }

    @Override
    public String name() {
        return "pick";
    }

    @Override
    public void run(TurnContext turn) {
        Conversations.State previous = turn.previous();
        if (previous.candidateIds().isEmpty()) {
            return;
        }
        Matcher pick = PICK.matcher(turn.folded().replaceAll("[^a-z0-9 ]+", " ").strip());
        if (!pick.matches()) {
            return;
        }
        int n = Integer.parseInt(pick.group(1));
        if (n < 1 || n > previous.candidateIds().size()) {
            return;
        }
        String id = previous.candidateIds().get(n - 1);
        // the question that offered the rows, asked again about the one picked
        Understanding picked = new Understanding(previous.intent(), previous.topic(), null, List.of(), null);
        turn.intent(previous.intent().code());
        turn.commune(previous.communeId(), library.commune(previous.communeId()).map(c -> new CommuneRef(c.id(), c.name())).orElse(null));
        handlers.answerRow(id, picked, turn);
        turn.remember(new Conversations.State(previous.communeId(), previous.intent(), previous.topic(), id, null, List.of()));
        turn.finish(turn.status());
    }
}
