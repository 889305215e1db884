package vn.troly.channels.config;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import vn.troly.channels.audit.AuditLog;
import vn.troly.channels.audit.AuditedAnswerer;
import vn.troly.channels.identity.AdminToken;
import vn.troly.channels.metrics.MeteredAnswerer;
import vn.troly.assistant.agent.GroundingCheck;
import vn.troly.assistant.agent.LlmAssistant;
import vn.troly.assistant.agent.LlmSettings;
import vn.troly.assistant.engine.Answerer;
import vn.troly.assistant.engine.AssistantEngine;
import vn.troly.assistant.understand.AgencyMentions;
import vn.troly.assistant.eval.Grader;
import vn.troly.knowledge.agency.AgencyDirectory;
import vn.troly.knowledge.library.PlanLibrary;
import vn.troly.knowledge.text.SynonymTable;
import vn.troly.knowledge.text.VietnameseNormalizer;

import java.time.Clock;
import java.time.ZoneId;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Bean;
import java.time.Duration;
import vn.troly.assistant.engine.Conversations;
import vn.troly.channels.chat.StoredConversations;
import vn.troly.knowledge.values.ValueStore;

/** Wires the default (no-LLM) assistant engine over the loaded plans. */
@Factory
public class AssistantFactory {

    @Singleton
    Clock clock(@Value("${assistant.time-zone:Asia/Ho_Chi_Minh}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }

    @Singleton
    AssistantEngine engine(PlanLibrary library, AgencyDirectory agencies, VietnameseNormalizer normalizer,
                           SynonymTable synonyms, Clock clock, @Value("${assistant.default-commune:}") String defaultCommune,
                           ValueStore values, @Value("${assistant.values-public:false}") boolean valuesPublic,
                           StoredConversations conversations,
                           @Value("${assistant.answer-cache-size:" + AssistantEngine.DEFAULT_CACHE_SIZE + "}") int cacheSize) {
        return AssistantEngine.create(library, agencies, normalizer, synonyms, clock, defaultCommune, values, valuesPublic,
                new Conversations(conversations), cacheSize);
    }

    /** The LLM agent in front of the default engine when a model is configured, else the default engine alone; audited and metered. */
    @Singleton
    @Bean(preDestroy = "close")
    Answerer answerer(AssistantEngine engine, VietnameseNormalizer normalizer, AgencyDirectory agencies, AuditLog audit,
                      AdminToken adminToken, PlanLibrary library,
                      MeterRegistry metrics,
                      @Value("${assistant.llm.base-url:}") String baseUrl,
                      @Value("${assistant.llm.model:}") String model,
                      @Value("${assistant.llm.api-key:}") String apiKey,
                      @Value("${assistant.llm.timeout:20s}") Duration timeout,
                      @Value("${assistant.llm.max-tool-calls:5}") int maxToolCalls) {
        LlmSettings settings = new LlmSettings(baseUrl, model, apiKey, timeout, maxToolCalls);
        Answerer answerer = !settings.enabled() ? engine : new LlmAssistant(engine, engine.tools(), engine.valueTools(),
                new GroundingCheck(normalizer, new AgencyMentions(normalizer, agencies)), settings);
        return new MeteredAnswerer(new AuditedAnswerer(answerer, audit, adminToken, library), metrics);
    }

    @Singleton
    Grader grader(VietnameseNormalizer normalizer, AgencyDirectory agencies) {
        return new Grader(normalizer, agencies);
    }
}
