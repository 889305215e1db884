package vn.troly.knowledge.search;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.troly.knowledge.agency.AgencyDirectory;
import vn.troly.knowledge.plan.Indicator;
import vn.troly.knowledge.plan.Plan;
import vn.troly.knowledge.plan.PlanParser;
import vn.troly.knowledge.text.SynonymTable;
import vn.troly.knowledge.text.Thesaurus;
import vn.troly.knowledge.text.VietnameseNormalizer;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Vietnamese-aware search over the five sample plans. */
class KnowledgeIndexTest {

    private static final VietnameseNormalizer NORMALIZER = new VietnameseNormalizer();
    private static final SynonymTable SYNONYMS = SynonymTable.loadDefault(NORMALIZER);
    private static final List<Plan> PLANS = new ArrayList<>();
    private static KnowledgeIndex index;

    @BeforeAll
    static void indexSamples() throws Exception {
        PlanParser parser = new PlanParser(NORMALIZER, AgencyDirectory.loadDefault(NORMALIZER));
        index = KnowledgeIndex.inMemory(NORMALIZER, SYNONYMS);
        for (String commune : List.of("duong-huu", "phu-trung", "binh-giang", "loi-bac", "vinh-tru")) {
            try (InputStream in = KnowledgeIndexTest.class.getResourceAsStream("/corpus/" + commune + ".txt")) {
                Plan plan = parser.parse(commune + ".txt", Objects.requireNonNull(in).readAllBytes());
                PLANS.add(plan);
                index.replacePlan(plan, "h1");
            }
        }
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    /** The first indicator hit, in one commune, must contain all the given words (folded) in its name. */
    @ParameterizedTest
    @CsvSource({
            "ninh-binh/vinh-tru, phu song 5G, 5g",
            "ninh-binh/vinh-tru, phủ sóng 5g, 5g",
            "hai-phong/binh-giang, so hoa ho so TTHC, so hoa|ho so",
            "ninh-binh/vinh-tru, ty le DVCTT toan trinh, toan trinh",
            "dong-nai/phu-trung, tỷ lệ dịch vụ công trực tuyến toàn trình, toan trinh",
            "bac-ninh/duong-huu, chu ky so, chu ky so",
            "ninh-binh/vinh-tru, phủ sóg 5G, 5g",
            "hai-phong/binh-giang, bao nhieu nguoi dan co smartphone, dien thoai thong minh",
            "loi-bac, truy cập băng rộng cố đinh, bang rong co dinh"})
    void findsTheRightIndicatorFirst(String commune, String question, String mustContain) {
        List<SearchHit> hits = index.search(new SearchRequest(question, commune, Set.of(DocKind.INDICATOR), 5));
        assertFalse(hits.isEmpty(), question);
        String name = NORMALIZER.fold(indicator(hits.get(0).id()).name());
        for (String word : mustContain.split("\\|")) {
            assertTrue(name.contains(NORMALIZER.fold(word)), question + " -> " + name);
        }
        assertEquals(commune, hits.get(0).communeId());
    }

    /** A pair of words no plan writes side by side ("xem lại") is the asker's phrasing, not a thing the row lacks. */
    @ParameterizedTest
    @CsvSource({
            "hai-phong/binh-giang, định kỳ xem lại thể chế chuyển đổi số và kiến nghị sửa đổi quy định, hai-phong.binh-giang.pl2.i.5",
            "hai-phong/binh-giang, 'định kỳ xem lại, đánh giá thể chế chuyển đổi số', hai-phong.binh-giang.pl2.i.5",
            "hai-phong/binh-giang, hàng năm xem lại và cập nhật quy chế nội bộ của UBND xã, hai-phong.binh-giang.pl2.i.1"})
    void aPairNoPlanWritesIsNotATermTheRowLacks(String commune, String question, String rowId) {
        SearchHit hit = index.search(new SearchRequest(question, commune, Set.of(DocKind.INDICATOR, DocKind.TASK), 5)).stream()
                .filter(h -> h.id().equals(rowId)).findFirst().orElseThrow();
        assertFalse(hit.lacksTerm(), question);
    }

    @Test
    void aPairThePlansWriteStillNamesAThingTheRowLacks() {
        // "sức khỏe" is a plan's pair (Phú Trung's "Sổ sức khỏe điện tử"); no row of Lợi Bác has it
        List<SearchHit> hits = index.search(new SearchRequest("sổ sức khỏe điện tử", "loi-bac", Set.of(DocKind.INDICATOR, DocKind.TASK), 5));
        assertFalse(hits.isEmpty());
        assertTrue(hits.stream().allMatch(SearchHit::lacksTerm), hits.toString());
    }

    @Test
    void exactDiacriticsRankAboveFoldedLookalikes() {
        KnowledgeIndex small = KnowledgeIndex.inMemory(NORMALIZER, SYNONYMS);
        small.replacePlan(PLANS.get(0), "x");
        List<SearchHit> folded = small.search(new SearchRequest("ho so", null, Set.of(), 50));
        List<SearchHit> exact = small.search(new SearchRequest("hồ sơ", null, Set.of(), 50));
        assertFalse(folded.isEmpty());
        assertTrue(exact.get(0).score() > folded.get(0).score());
    }

    @Test
    void coverageTellsWhetherTheQuestionIsReallyInThePlan() {
        List<SearchHit> present = index.search(new SearchRequest("phủ sóng 5G", "ninh-binh/vinh-tru", Set.of(DocKind.INDICATOR), 1));
        List<SearchHit> absent = index.search(new SearchRequest("số lượng máy bay không người lái", "ninh-binh/vinh-tru",
                Set.of(DocKind.INDICATOR), 1));
        assertTrue(present.get(0).coverage() > 0.9, "" + present);
        assertTrue(absent.isEmpty() || absent.get(0).coverage() < 0.5, "" + absent);
    }

    @Test
    void findsSectionsOfThePlanBody() {
        List<SearchHit> hits = index.search(new SearchRequest("tổ chức thực hiện", "ninh-binh/vinh-tru", Set.of(DocKind.SECTION), 3));
        assertFalse(hits.isEmpty());
        assertTrue(NORMALIZER.fold(hits.get(0).title()).contains("to chuc thuc hien"), hits.get(0).title());
    }

    @Test
    void persistsAndSkipsUnchangedPlans(@TempDir Path folder) throws Exception {
        Plan plan = PLANS.get(1);
        try (KnowledgeIndex disk = KnowledgeIndex.open(NORMALIZER, SYNONYMS, folder)) {
            disk.replacePlan(plan, "v1");
            assertTrue(disk.hasPlan(plan.id(), "v1"));
        }
        try (KnowledgeIndex reopened = KnowledgeIndex.open(NORMALIZER, SYNONYMS, folder)) {
            assertTrue(reopened.hasPlan(plan.id(), "v1"));
            assertFalse(reopened.hasPlan(plan.id(), "v2"));
            int size = reopened.size();
            reopened.replacePlan(plan, "v2");
            assertEquals(size, reopened.size(), "replacing must not duplicate entries");
            assertFalse(reopened.search(SearchRequest.of("chuyển đổi số", plan.communeId(), 3)).isEmpty());
            reopened.removePlan(plan.id());
            assertEquals(0, reopened.size());
        }
    }

    /** The commit notes the plan versions a load left, and any later change of the index clears the note. */
    @Test
    void recordsThePlanVersionsItHoldsUntilTheIndexChanges(@TempDir Path folder) throws Exception {
        List<KnowledgeIndex.Entry> entries = List.of(new KnowledgeIndex.Entry(PLANS.get(0), "v1"), new KnowledgeIndex.Entry(PLANS.get(1), "v1"));
        try (KnowledgeIndex disk = KnowledgeIndex.open(NORMALIZER, SYNONYMS, folder)) {
            disk.replacePlans(entries);
            assertFalse(disk.holdsExactly(entries), "nothing noted yet");
            disk.record(entries);
            assertTrue(disk.holdsExactly(entries));
        }
        try (KnowledgeIndex reopened = KnowledgeIndex.open(NORMALIZER, SYNONYMS, folder)) {
            assertTrue(reopened.holdsExactly(entries));
            assertFalse(reopened.holdsExactly(List.of(entries.get(0))));
            assertFalse(reopened.holdsExactly(List.of(entries.get(0), new KnowledgeIndex.Entry(PLANS.get(1), "v2"))));
            reopened.removePlan(PLANS.get(1).id());
            assertFalse(reopened.holdsExactly(entries), "a plan removed since");
        }
        try (KnowledgeIndex reopened = KnowledgeIndex.open(NORMALIZER, SYNONYMS, folder)) {
            assertFalse(reopened.holdsExactly(entries));
        }
    }

    /** Synonyms are part of what is indexed: a plan indexed with other synonyms is indexed again. */
    @Test
    void aPlanIndexedWithOtherSynonymsIsStale(@TempDir Path folder) throws Exception {
        Plan plan = PLANS.get(1);
        try (KnowledgeIndex disk = KnowledgeIndex.open(NORMALIZER, SYNONYMS, folder)) {
            disk.replacePlan(plan, "v1");
        }
        SynonymTable other = SynonymTable.parse(NORMALIZER, new ByteArrayInputStream("ABC | một hai ba\n".getBytes(StandardCharsets.UTF_8)));
        try (KnowledgeIndex reopened = KnowledgeIndex.open(NORMALIZER, other, folder)) {
            assertFalse(reopened.hasPlan(plan.id(), "v1"));
        }
        // the thesaurus is read on the question side only: another one leaves the index as it is
        try (KnowledgeIndex reopened = KnowledgeIndex.open(NORMALIZER, SYNONYMS.withThesaurus(Thesaurus.empty(NORMALIZER)), folder)) {
            assertTrue(reopened.hasPlan(plan.id(), "v1"));
        }
    }

    private static Indicator indicator(String id) {
        return PLANS.stream().flatMap(p -> p.indicators().stream()).filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }
}
