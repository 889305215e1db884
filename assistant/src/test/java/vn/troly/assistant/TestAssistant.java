package vn.troly.assistant;

import vn.troly.assistant.engine.AssistantEngine;
import vn.troly.assistant.engine.Conversations;
import vn.troly.assistant.eval.Grader;
import vn.troly.assistant.eval.ValueSetup;
import vn.troly.knowledge.agency.AgencyDirectory;
import vn.troly.knowledge.library.PlanLibrary;
import vn.troly.knowledge.plan.PlanParser;
import vn.troly.knowledge.search.KnowledgeIndex;
import vn.troly.knowledge.text.SynonymTable;
import vn.troly.knowledge.text.VietnameseNormalizer;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import vn.troly.knowledge.values.ValueStore;

/** The engine over the sample corpus, in memory, on a fixed day (24/11/2026) so date answers are reproducible. */
public final class TestAssistant {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    public final VietnameseNormalizer normalizer = new VietnameseNormalizer();
    public final AgencyDirectory agencies = AgencyDirectory.loadDefault(normalizer);
    public final SynonymTable synonyms = SynonymTable.loadDefault(normalizer);
    public final PlanLibrary library;
    public final AssistantEngine engine;
    public final Grader grader;

    public final ValueStore values;
    /** The evaluation's setup calls: each case that reports values gets an empty store and an engine of its own. */
    public final ValueSetup setup;

    public TestAssistant() {
        this(null);
    }

    /** @param ocrCommand the tesseract command that reads scanned plans, or null to refuse them (the default) */
    public TestAssistant(String ocrCommand) {
        library = new PlanLibrary(new PlanParser(normalizer, agencies, ocrCommand), KnowledgeIndex.inMemory(normalizer, synonyms), null);
        library.load(true, List.of());
        values = new ValueStore(h2());
        engine = AssistantEngine.create(library, agencies, normalizer, synonyms, CLOCK, null, values, false,
                new Conversations(), AssistantEngine.DEFAULT_CACHE_SIZE);
        grader = new Grader(normalizer, agencies);
        setup = new ValueSetup(library, agencies, normalizer, CLOCK, () -> new ValueStore(h2()),
                store -> AssistantEngine.create(library, agencies, normalizer, synonyms, CLOCK, null, store, false,
                        new Conversations(), 0));
    }

    /** A fresh in-memory H2 with the value store's migrations applied. */
    public static DataSource h2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
        return h2;
    }
}
