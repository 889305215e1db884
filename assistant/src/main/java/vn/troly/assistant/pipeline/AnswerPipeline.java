package vn.troly.assistant.pipeline;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.troly.assistant.answer.Answer;
import vn.troly.assistant.answer.Question;
import vn.troly.assistant.commune.CommuneFinder;
import vn.troly.assistant.compose.CardLabels;
import vn.troly.assistant.engine.Conversations;
import vn.troly.assistant.handlers.Handlers;
import vn.troly.assistant.pipeline.steps.AskCommune;
import vn.troly.assistant.pipeline.steps.CannedRoute;
import vn.troly.assistant.pipeline.steps.ConfirmPendingValue;
import vn.troly.assistant.pipeline.steps.ContinueConversation;
import vn.troly.assistant.pipeline.steps.Dispatch;
import vn.troly.assistant.pipeline.steps.HelpCitizen;
import vn.troly.assistant.pipeline.steps.LabelCards;
import vn.troly.assistant.pipeline.steps.OpenConversation;
import vn.troly.assistant.pipeline.steps.PickCandidate;
import vn.troly.assistant.pipeline.steps.Remember;
import vn.troly.assistant.pipeline.steps.ResolveCommune;
import vn.troly.assistant.pipeline.steps.Sanitize;
import vn.troly.assistant.pipeline.steps.Understand;
import vn.troly.assistant.prompt.Prompts;
import vn.troly.assistant.tools.ValueTools;
import vn.troly.assistant.understand.IntentDetector;
import vn.troly.assistant.understand.Router;
import vn.troly.assistant.understand.Sanitizer;
import vn.troly.knowledge.library.PlanLibrary;
import vn.troly.knowledge.text.VietnameseNormalizer;

import java.time.Clock;
import java.util.List;

/**
 * How the default engine answers: the steps below, in order, over one {@link TurnContext}. A step that has the whole
 * answer finishes the turn; the step that closes every turn still runs. Each step is timed into the answer's trace,
 * and a step that throws ends the turn with status {@code error} and an apology, leaving nothing behind. A repeated
 * first question is answered from the {@link AnswerCache} without running the steps.
 */
public final class AnswerPipeline {

    private static final Logger LOG = LoggerFactory.getLogger(AnswerPipeline.class);

    private final List<Step> steps;
    private final AnswerCache cache;
    private final PlanLibrary library;
    private final Prompts prompts;
    private final boolean valuesPublic;

    /**
     * @param defaultCommune the commune of a one-commune deployment, or null
     * @param valuesPublic   whether citizens may see reported values and statuses
     */
    public AnswerPipeline(PlanLibrary library, Handlers handlers, CommuneFinder communes, Conversations conversations,
                          AnswerCache cache, ValueTools values, Sanitizer sanitizer, Router router, IntentDetector detector,
                          VietnameseNormalizer normalizer, Prompts prompts, Clock clock, String defaultCommune,
                          boolean valuesPublic) {
        this.cache = cache;
        this.library = library;
        this.prompts = prompts;
        this.valuesPublic = valuesPublic;
        this.steps = List.of(
                new OpenConversation(conversations, library),
                new Sanitize(sanitizer, normalizer, prompts),
                // replies to what the previous turn asked back: a value to confirm, a row or a commune to pick
                new ConfirmPendingValue(conversations, values, library, prompts),
                new PickCandidate(library, handlers, normalizer, prompts, detector),
                new CannedRoute(router, detector, handlers.rowFinder()),
                new ResolveCommune(communes, library, prompts, defaultCommune),
                new Understand(detector),
                new ContinueConversation(library, clock),
                new HelpCitizen(handlers.citizenHelp()),
                new AskCommune(library, communes, handlers.rowFinder(), handlers.outOfScope(), prompts),
                new Dispatch(handlers),
                // these two close every turn, finished early or not
                new LabelCards(new CardLabels(values, prompts)),
                new Remember(conversations));
    }

    public Answer answer(Question original) {
        Question question = original.withCaller(original.caller().withCommuneNow(library.legacyIds()));
        AnswerCache.Key key = cache.key(question);
        Answer cached = cache.find(key);
        if (cached != null) {
            return cached;
        }
        Answer answer = run(question);
        cache.keep(key, answer);
        return answer;
    }

    private Answer run(Question question) {
        TurnContext turn = new TurnContext(question, valuesPublic);
        for (Step step : steps) {
            if (turn.finished() && !step.closesTurn()) {
                continue;
            }
            turn.startStep();
            try {
                step.run(turn);
            } catch (RuntimeException e) {
                LOG.error("answering failed in step {}", step.name(), e);
                turn.fail(prompts.render("error"));
                break;
            }
            turn.mark(step.name());
        }
        return turn.answer();
    }
}
