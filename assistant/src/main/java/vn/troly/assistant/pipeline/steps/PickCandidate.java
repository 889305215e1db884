package vn.troly.assistant.pipeline.steps;

import vn.troly.assistant.answer.Action;
import vn.troly.assistant.answer.Answer;
import vn.troly.assistant.answer.CommuneRef;
import vn.troly.assistant.engine.Conversations;
import vn.troly.assistant.handlers.Handlers;
import vn.troly.assistant.parse.OrdinalParser;
import vn.troly.assistant.pipeline.Step;
import vn.troly.assistant.pipeline.TurnContext;
import vn.troly.assistant.prompt.Prompts;
import vn.troly.assistant.understand.Intent;
import vn.troly.assistant.understand.IntentDetector;
import vn.troly.assistant.understand.Understanding;
import vn.troly.knowledge.library.Commune;
import vn.troly.knowledge.library.LegacyIds;
import vn.troly.knowledge.library.PlanLibrary;
import vn.troly.knowledge.text.VietnameseNormalizer;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The previous turn offered choices and the user picked one, with a button or in words ("2", "số 2", "cái đầu
 * tiên"). A row picked is answered as the question that offered it asked; a commune picked becomes the question's
 * commune, and the question that was waiting for it goes on through the rest of the pipeline.
 */
public final class PickCandidate implements Step {

    private final PlanLibrary library;
    private final Handlers handlers;
    private final VietnameseNormalizer normalizer;
    private final Prompts prompts;
    private final IntentDetector detector;

    public PickCandidate(PlanLibrary library, Handlers handlers, VietnameseNormalizer normalizer, Prompts prompts,
                         IntentDetector detector) {
        this.detector = detector;
        this.library = library;
        this.handlers = handlers;
        this.normalizer = normalizer;
        this.prompts = prompts;
    }

    @Override
    public String name() {
        return "pick";
    }

    @Override
    public void run(TurnContext turn) {
        Conversations.State previous = turn.previous();
        List<String> offered = previous.candidateIds();
        int index;
        if (turn.action() instanceof Action.Pick pick) {
            // a button offered before ids carried the province picks what it offered, as the context now names it
            LegacyIds legacy = library.legacyIds();
            index = offered.indexOf(Answer.Candidate.COMMUNE.equals(previous.candidateKind())
                    ? legacy.commune(pick.candidateId()) : legacy.row(pick.candidateId()));
            if (index < 0) {
                turn.finishStale(prompts.render("action_expired"));
                return;
            }
        } else if (turn.action() instanceof Action.Text && !offered.isEmpty()) {
            OptionalInt n = OrdinalParser.find(turn.folded(), offered.size());
            if (n.isEmpty()) {
                askAboutOne(turn, offered, previous);
                return;
            }
            if (n.getAsInt() < 1 || n.getAsInt() > offered.size()) {
                return;
            }
            index = n.getAsInt() - 1;
        } else {
            return;
        }
        if (Answer.Candidate.COMMUNE.equals(previous.candidateKind())) {
            pickCommune(turn, offered.get(index), previous.pendingQuestion());
        } else {
            // the question that offered the rows, asked again about the one picked
            pickRow(turn, offered.get(index), previous, previous.intent());
        }
    }

    /**
     * "cái đầu tiên ai chủ trì", "chỉ tiêu thứ 2 hạn khi nào": one of the rows just listed, with a new question about
     * it; a question about something else goes on through the pipeline.
     */
    private void askAboutOne(TurnContext turn, List<String> offered, Conversations.State previous) {
        if (Answer.Candidate.COMMUNE.equals(previous.candidateKind())) {
            return;
        }
        Optional<OrdinalParser.Leading> leading = OrdinalParser.leading(turn.folded(), offered.size());
        if (leading.isEmpty() || leading.get().position() < 1 || leading.get().position() > offered.size()) {
            return;
        }
        Understanding asked = detector.understand(leading.get().rest());
        if (!asked.intent().rowFacet()) {
            return;
        }
        pickRow(turn, offered.get(leading.get().position() - 1), previous, asked.intent());
    }

    private void pickRow(TurnContext turn, String id, Conversations.State previous, Intent intent) {
        Understanding picked = new Understanding(intent, previous.topic(), null, List.of(), null);
        turn.intent(intent.code());
        turn.commune(previous.communeId(), library.commune(previous.communeId()).map(c -> new CommuneRef(c.id(), c.name())).orElse(null));
        handlers.answerRow(id, picked, turn);
        turn.remember(new Conversations.State(previous.communeId(), intent, previous.topic(), id, null, List.of()));
        turn.finish(turn.status());
    }

    private void pickCommune(TurnContext turn, String communeId, String waiting) {
        Optional<Commune> commune = library.commune(communeId);
        if (commune.isEmpty() || waiting == null) {
            // the plans were reloaded without it, or nothing was waiting for it
            turn.finishStale(prompts.render("action_expired"));
            return;
        }
        turn.commune(commune.get().id(), new CommuneRef(commune.get().id(), commune.get().name()));
        turn.text(waiting);
        turn.folded(normalizer.fold(waiting));
    }
}
