package vn.troly.knowledge.search;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import vn.troly.knowledge.agency.AgencyDirectory;
import vn.troly.knowledge.plan.Indicator;
import vn.troly.knowledge.plan.Plan;
import vn.troly.knowledge.plan.PlanParser;
import vn.troly.knowledge.plan.Target;
import vn.troly.knowledge.plan.Task;
import vn.troly.knowledge.text.SynonymTable;
import vn.troly.knowledge.text.Thesaurus;
import vn.troly.knowledge.text.VietnameseNormalizer;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The thesaurus's examples over the five sample plans: asked in everyday words, search finds a row in the plan's term,
 * and judges it about the question (coverage at least 0.6, some words side by side, no distinctive term missing).
 */
class ThesaurusSearchTest {

    private static final double MIN_COVERAGE = 0.6;
    private static final int TOP = 3;
    private static final Set<DocKind> ROWS = Set.of(DocKind.INDICATOR, DocKind.TASK);
    private static final VietnameseNormalizer NORMALIZER = new VietnameseNormalizer();
    private static final SynonymTable SYNONYMS = SynonymTable.loadDefault(NORMALIZER);
    /** Each row's text as indexed (name and body, abbreviations written out), folded, padded with spaces. */
    private static final Map<String, String> ROW_TEXT = new HashMap<>();
    private static final List<Plan> PLANS = new ArrayList<>();
    private static KnowledgeIndex index;

    @BeforeAll
    static void indexSamples() throws Exception {
        PlanParser parser = new PlanParser(NORMALIZER, AgencyDirectory.loadDefault(NORMALIZER));
        index = KnowledgeIndex.inMemory(NORMALIZER, SYNONYMS);
        for (String commune : List.of("duong-huu", "phu-trung", "binh-giang", "loi-bac", "vinh-tru")) {
            try (InputStream in = ThesaurusSearchTest.class.getResourceAsStream("/corpus/" + commune + ".txt")) {
                Plan plan = parser.parse(commune + ".txt", Objects.requireNonNull(in).readAllBytes());
                index.replacePlan(plan, "h1");
                PLANS.add(plan);
                for (Indicator i : plan.indicators()) {
                    ROW_TEXT.put(i.id(), padded(String.join(" ", i.source().groups()), i.name(), i.unit(), i.tasks(), i.legalBasis(),
                            i.note(), i.targets().stream().map(Target::raw).collect(Collectors.joining(" "))));
                }
                for (Task t : plan.tasks()) {
                    ROW_TEXT.put(t.id(), padded(String.join(" ", t.source().groups()), t.name(), t.objective(), t.output(), t.note()));
                }
            }
        }
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    /**
     * For each line whose plan term some sample row has, each example finds such a row among the first three, about
     * the question (the assistant offers close rows to choose from).
     */
    @TestFactory
    Stream<DynamicTest> everydayWordsFindTheRowInThePlansTerm() {
        return SYNONYMS.thesaurus().entries().stream().filter(ThesaurusSearchTest::inSamplePlans)
                .flatMap(entry -> entry.examples().stream().map(example ->
                        DynamicTest.dynamicTest("line " + entry.line() + ": " + example, () -> {
                            List<SearchHit> hits = index.search(new SearchRequest(example, null, ROWS, TOP));
                            assertFalse(hits.isEmpty(), example);
                            assertTrue(hits.stream().anyMatch(h -> hasPlanTerm(h.id(), entry) && h.coverage() >= MIN_COVERAGE
                                    && h.adjacent() && !h.lacksTerm()), example + " -> " + hits);
                        })));
    }

    /** Enough lines are checked against the plans, not only parsed. */
    @Test
    void mostLinesAreCheckedAgainstTheSamplePlans() {
        long checked = SYNONYMS.thesaurus().entries().stream().filter(ThesaurusSearchTest::inSamplePlans).count();
        assertTrue(checked >= 80, "lines whose plan term the sample plans have: " + checked);
    }

    /** Without the thesaurus, an everyday word no plan has counts against the row; with it, the row is judged in its term. */
    @Test
    void aWordNoPlanHasNoLongerLowersCoverage() throws Exception {
        try (KnowledgeIndex plain = KnowledgeIndex.inMemory(NORMALIZER, SYNONYMS.withThesaurus(Thesaurus.empty(NORMALIZER)))) {
            PLANS.forEach(plan -> plain.replacePlan(plan, "h1"));
            for (String question : List.of("tỷ lệ hồ sơ được scan", "thanh toán online", "cán bộ giỏi công nghệ")) {
                SearchHit before = plain.search(new SearchRequest(question, null, ROWS, 1)).get(0);
                SearchHit after = index.search(new SearchRequest(question, null, ROWS, 1)).get(0);
                assertTrue(before.coverage() < MIN_COVERAGE, question + ": " + before);
                assertTrue(after.coverage() >= MIN_COVERAGE, question + ": " + after);
            }
        }
    }

    private static boolean inSamplePlans(Thesaurus.Entry entry) {
        return ROW_TEXT.keySet().stream().anyMatch(id -> hasPlanTerm(id, entry));
    }

    private static boolean hasPlanTerm(String rowId, Thesaurus.Entry entry) {
        String text = ROW_TEXT.getOrDefault(rowId, "");
        return entry.planTerms().stream().anyMatch(t -> text.contains(" " + String.join(" ", NORMALIZER.foldedWords(t)) + " "));
    }

    private static String padded(String... parts) {
        String text = Stream.of(parts).filter(Objects::nonNull).collect(Collectors.joining(" "));
        return " " + String.join(" ", NORMALIZER.foldedWords(SYNONYMS.expandFolded(text))) + " ";
    }
}
