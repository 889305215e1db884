package vn.troly.channels.config;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import vn.troly.knowledge.library.PlanLibrary;
import vn.troly.knowledge.text.VietnameseNormalizer;
import vn.troly.knowledge.values.DeviationCheck;
import vn.troly.knowledge.values.ProgressCalculator;
import vn.troly.knowledge.values.Subscriptions;
import vn.troly.knowledge.values.SummaryBuilder;
import vn.troly.knowledge.values.ValueImport;
import vn.troly.knowledge.values.ValueSheet;
import vn.troly.knowledge.values.ValueStore;
import vn.troly.knowledge.values.ValueValidator;

import javax.sql.DataSource;
import java.time.Clock;

/** Wires the value store over the configured database (migrated by Flyway at start-up). */
@Factory
public class ValuesFactory {

    @Singleton
    ValueStore valueStore(DataSource dataSource) {
        return new ValueStore(dataSource);
    }

    @Singleton
    ValueValidator valueValidator(PlanLibrary library, VietnameseNormalizer normalizer, Clock clock) {
        return new ValueValidator(library, normalizer, clock);
    }

    @Singleton
    SummaryBuilder summaryBuilder(PlanLibrary library, ValueStore store, ProgressCalculator calculator) {
        return new SummaryBuilder(library, store, calculator);
    }

    @Singleton
    Subscriptions subscriptions(DataSource dataSource) {
        return new Subscriptions(dataSource);
    }

    @Singleton
    ValueSheet valueSheet() {
        return new ValueSheet();
    }

    @Singleton
    ValueImport valueImport(ValueValidator validator, ValueStore store) {
        return new ValueImport(validator, store);
    }

    @Singleton
    DeviationCheck deviationCheck(VietnameseNormalizer normalizer) {
        return new DeviationCheck(normalizer);
    }

    @Singleton
    ProgressCalculator progressCalculator() {
        return new ProgressCalculator();
    }
}
