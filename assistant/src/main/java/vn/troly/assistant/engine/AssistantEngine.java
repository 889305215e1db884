package vn.troly.assistant.engine;

import vn.troly.assistant.answer.Answer;
import vn.troly.assistant.answer.Question;
import vn.troly.assistant.commune.CommuneFinder;
import vn.troly.assistant.compose.Cards;
import vn.troly.assistant.handlers.Handlers;
import vn.troly.assistant.pipeline.AnswerCache;
import vn.troly.assistant.pipeline.AnswerPipeline;
import vn.troly.assistant.prompt.Prompts;
import vn.troly.assistant.citizen.CitizenGuide;
import vn.troly.assistant.tools.PlanTools;
import vn.troly.assistant.tools.RowVocabulary;
import vn.troly.assistant.tools.ValueTools;
import vn.troly.assistant.understand.AgencyMentions;
import vn.troly.assistant.understand.IntentDetector;
import vn.troly.assistant.understand.PlanBigrams;
import vn.troly.assistant.understand.Router;
import vn.troly.assistant.understand.Sanitizer;
import vn.troly.knowledge.agency.AgencyDirectory;
import vn.troly.knowledge.library.PlanLibrary;
import vn.troly.knowledge.text.SynonymTable;
import vn.troly.knowledge.text.VietnameseNormalizer;
import vn.troly.knowledge.values.ProgressCalculator;
import vn.troly.knowledge.values.ValueStore;

import java.time.Clock;

/**
 * The default engine, no LLM. It answers through the {@link AnswerPipeline} (the steps of a turn, in order), whose
 * Dispatch step hands each question to its intent's handler ({@link Handlers}). This class only builds the parts and
 * gives the LLM agent the same tools.
 */
public final class AssistantEngine implements Answerer {

    /** Enough for the questions citizens keep asking, per commune. */
    public static final int DEFAULT_CACHE_SIZE = 2000;

    private final AnswerPipeline pipeline;
    private final PlanTools tools;
    private final ValueTools values;

    public AssistantEngine(AnswerPipeline pipeline, PlanTools tools, ValueTools values) {
        this.pipeline = pipeline;
        this.tools = tools;
        this.values = values;
    }

    /** The engine with its parts, over a loaded library. */
    public static AssistantEngine create(PlanLibrary library, AgencyDirectory agencies, VietnameseNormalizer normalizer,
                                         SynonymTable synonyms, Clock clock, String defaultCommune) {
        return create(library, agencies, normalizer, synonyms, clock, defaultCommune, null, false, new Conversations(),
                DEFAULT_CACHE_SIZE);
    }

    /**
     * @param store           reported values, or null for none
     * @param valuesPublic    whether citizens may see reported values and statuses
     * @param conversations   where follow-up context is kept
     * @param answerCacheSize how many first-question answers without values to keep; 0 for none
     */
    public static AssistantEngine create(PlanLibrary library, AgencyDirectory agencies, VietnameseNormalizer normalizer,
                                         SynonymTable synonyms, Clock clock, String defaultCommune, ValueStore store,
                                         boolean valuesPublic, Conversations conversations, int answerCacheSize) {
        Prompts prompts = new Prompts();
        Cards cards = new Cards(library, clock);
        CitizenGuide guide = new CitizenGuide(normalizer, synonyms);
        PlanTools tools = new PlanTools(library, agencies, guide, cards, new RowVocabulary(library, normalizer, synonyms));
        ValueTools values = new ValueTools(library, store, new ProgressCalculator(), clock);
        IntentDetector detector = new IntentDetector(new AgencyMentions(normalizer, agencies), normalizer, clock,
                new PlanBigrams(library, normalizer), synonyms.thesaurus());
        Router router = new Router(normalizer);
        Handlers handlers = new Handlers(library, tools, values, guide, cards, prompts, router, detector, normalizer, clock);
        CommuneFinder communes = new CommuneFinder(library, normalizer, CommuneFinder.notInitials(agencies, normalizer, synonyms),
                agencies);
        AnswerPipeline pipeline = new AnswerPipeline(library, handlers, communes, conversations, 
                new AnswerCache(answerCacheSize, conversations, library, clock, valuesPublic),
                values, new Sanitizer(normalizer), router, detector, normalizer, prompts, clock, defaultCommune, valuesPublic);
        return new AssistantEngine(pipeline, tools, values);
    }

    public PlanTools tools() {
        return tools;
    }

    public ValueTools valueTools() {
        return values;
    }

    @Override
    public Answer answer(Question question) {
        return pipeline.answer(question);
    }
}
