package vn.troly.channels.config;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import vn.troly.assistant.engine.AssistantEngine;
import vn.troly.assistant.eval.Grader;
import vn.troly.knowledge.agency.AgencyDirectory;
import vn.troly.knowledge.library.PlanLibrary;
import vn.troly.knowledge.text.SynonymTable;
import vn.troly.knowledge.text.VietnameseNormalizer;

import java.time.Clock;
import java.time.ZoneId;

/** Wires the default (no-LLM) assistant engine over the loaded plans. */
@Factory
public class AssistantFactory {

    @Singleton
    Clock clock(@Value("${assistant.time-zone:Asia/Ho_Chi_Minh}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }

    @Singleton
    AssistantEngine engine(PlanLibrary library, AgencyDirectory agencies, VietnameseNormalizer normalizer,
                           SynonymTable synonyms, Clock clock, @Value("${assistant.default-commune:}") String defaultCommune) {
        return AssistantEngine.create(library, agencies, normalizer, synonyms, clock, defaultCommune);
    }

    @Singleton
    Grader grader(VietnameseNormalizer normalizer, AgencyDirectory agencies) {
        return new Grader(normalizer, agencies);
    }
}
