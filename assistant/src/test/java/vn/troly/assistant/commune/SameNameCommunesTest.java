package vn.troly.assistant.commune;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.troly.assistant.TestAssistant;
import vn.troly.assistant.answer.Action;
import vn.troly.assistant.answer.Answer;
import vn.troly.assistant.answer.Caller;
import vn.troly.assistant.answer.Question;
import vn.troly.assistant.engine.AssistantEngine;
import vn.troly.assistant.engine.Conversations;
import vn.troly.knowledge.agency.AgencyDirectory;
import vn.troly.knowledge.library.Commune;
import vn.troly.knowledge.library.PlanLibrary;
import vn.troly.knowledge.plan.PlanParser;
import vn.troly.knowledge.search.KnowledgeIndex;
import vn.troly.knowledge.text.SynonymTable;
import vn.troly.knowledge.text.VietnameseNormalizer;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two communes called Vĩnh Trụ, one in Ninh Bình (the sample plan) and one in Đồng Nai: both are kept, each with its
 * own rows, and a question naming Vĩnh Trụ asks which province instead of guessing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SameNameCommunesTest {

    private final VietnameseNormalizer normalizer = new VietnameseNormalizer();
    private final AgencyDirectory agencies = AgencyDirectory.loadDefault(normalizer);
    private final SynonymTable synonyms = SynonymTable.loadDefault(normalizer);
    private PlanLibrary library;
    private AssistantEngine engine;

    @BeforeAll
    void load(@TempDir Path folder) throws Exception {
        String vinhTru;
        try (InputStream in = getClass().getResourceAsStream("/corpus/vinh-tru.txt")) {
            vinhTru = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // the other Vĩnh Trụ sets a lower 5G target, so an answer shows whose plan it read
        String other = vinhTru.replace("Ninh Bình", "Đồng Nai");
        Files.writeString(folder.resolve("vinh-tru-dong-nai.txt"), other, StandardCharsets.UTF_8);
        library = new PlanLibrary(new PlanParser(normalizer, agencies), KnowledgeIndex.inMemory(normalizer, synonyms), null);
        library.load(true, List.of(folder));
        engine = AssistantEngine.create(library, agencies, normalizer, synonyms, TestAssistant.CLOCK, null, null, false,
                new Conversations(), 0);
    }

    @Test
    void bothCommunesAreKeptWithTheirOwnRows() {
        assertEquals(6, library.communes().size());
        Commune ninhBinh = library.commune("ninh-binh/vinh-tru").orElseThrow();
        Commune dongNai = library.commune("dong-nai/vinh-tru").orElseThrow();
        assertEquals("Ninh Bình", ninhBinh.province());
        assertEquals("ninh-binh/vinh-tru", ninhBinh.qualifiedId());
        assertEquals("Đồng Nai", dongNai.province());
        assertEquals(41, library.indicators("dong-nai/vinh-tru").size());
        assertEquals(41, library.indicators("ninh-binh/vinh-tru").size());
        assertTrue(library.indicators("dong-nai/vinh-tru").get(0).id().startsWith("dong-nai.vinh-tru.pl"),
                "a row id stays one path segment: " + library.indicators("dong-nai/vinh-tru").get(0).id());
        assertTrue(library.indicators("ninh-binh/vinh-tru").get(0).id().startsWith("ninh-binh.vinh-tru.pl"));
        assertNotEquals(library.indicators("ninh-binh/vinh-tru").get(0).id(), library.indicators("dong-nai/vinh-tru").get(0).id());
        // names and ids with the province are found alike
        assertEquals("dong-nai/vinh-tru", library.findCommune("Đồng Nai/Xã Vĩnh Trụ").orElseThrow().id());
        assertEquals(List.of(), library.indicators("ha-noi/vinh-tru"));
        // the bare id is no one's while two provinces have the name: it names both, for the caller to ask which
        assertTrue(library.commune("vinh-tru").isEmpty());
        assertTrue(library.findCommune("vinh-tru").isEmpty());
        assertEquals(List.of("dong-nai/vinh-tru", "ninh-binh/vinh-tru"),
                library.communesNamed("vinh-tru").stream().map(Commune::id).sorted().toList());
        assertEquals(List.of(), library.indicators("vinh-tru"));
        String oldRow = library.indicators("ninh-binh/vinh-tru").get(0).id().substring("ninh-binh.".length());
        assertTrue(library.indicator(oldRow).isEmpty(), "an old row id of a shared name is not guessed: " + oldRow);
        // what was stored under it meant the sample plan's Vĩnh Trụ, loaded first, which held the bare id then
        assertEquals("ninh-binh/vinh-tru", library.legacyIds().commune("vinh-tru"));
        assertEquals("ninh-binh." + oldRow, library.legacyIds().row(oldRow));
        // a unique bare id is still its commune's, and old row ids of it resolve
        assertEquals("dong-nai/phu-trung", library.commune("phu-trung").orElseThrow().id());
        String phuTrungRow = library.indicators("dong-nai/phu-trung").get(0).id();
        assertEquals(phuTrungRow, library.indicator(phuTrungRow.substring("dong-nai.".length())).orElseThrow().id());
    }

    @Test
    void aQuestionNamingTheSharedNameAsksWhichProvinceAndThePickAnswersIt() {
        Answer asked = engine.answer(Question.of("Ở xã Vĩnh Trụ ai chủ trì chỉ tiêu phủ sóng 5G?", null));
        assertEquals("clarification_needed", asked.status().code(), asked.answer());
        assertEquals("Có nhiều xã tên Vĩnh Trụ, thuộc: Đồng Nai, Ninh Bình. Bạn hỏi về xã ở tỉnh, thành phố nào?", asked.answer());
        assertEquals(List.of("Xã Vĩnh Trụ (Đồng Nai)", "Xã Vĩnh Trụ (Ninh Bình)"),
                asked.candidates().stream().map(Answer.Candidate::label).toList());

        Answer picked = engine.answer(new Question("Xã Vĩnh Trụ (Đồng Nai)", null, asked.conversationId(),
                Caller.citizen(), "test", new Action.Pick("dong-nai/vinh-tru")));
        assertEquals("answered", picked.status().code(), picked.answer());
        assertEquals("dong-nai/vinh-tru", picked.commune().id());
        assertTrue(picked.indicators().get(0).id().startsWith("dong-nai.vinh-tru."), picked.indicators().toString());
        assertTrue(picked.answer().contains("Phòng Văn hóa - Xã hội"), picked.answer());
    }

    @Test
    void theProvinceNamedBesideTheNameDecides() {
        Answer answer = engine.answer(Question.of("xã Vĩnh Trụ tỉnh Đồng Nai ai chủ trì chỉ tiêu phủ sóng 5G?", null));
        assertEquals("answered", answer.status().code(), answer.answer());
        assertEquals("dong-nai/vinh-tru", answer.commune().id());
        assertEquals("lead", answer.intent(), "the province's words are not the question's topic: " + answer.answer());

        Answer other = engine.answer(Question.of("Vĩnh Trụ, Ninh Bình: ai chủ trì chỉ tiêu phủ sóng 5G?", null));
        assertEquals("ninh-binh/vinh-tru", other.commune().id(), other.answer());
    }

    @Test
    void theSharedBareIdSentWithAQuestionAsksWhichProvinceToo() {
        Answer asked = engine.answer(Question.of("Ai chủ trì chỉ tiêu phủ sóng 5G?", "vinh-tru"));
        assertEquals("clarification_needed", asked.status().code(), asked.answer());
        assertEquals("Có nhiều xã tên Vĩnh Trụ, thuộc: Đồng Nai, Ninh Bình. Bạn hỏi về xã ở tỉnh, thành phố nào?", asked.answer());
        assertEquals(List.of("dong-nai/vinh-tru", "ninh-binh/vinh-tru"), asked.candidates().stream().map(Answer.Candidate::id).toList());
        Answer picked = engine.answer(new Question("Xã Vĩnh Trụ (Ninh Bình)", "vinh-tru", asked.conversationId(),
                Caller.citizen(), "test", new Action.Pick("ninh-binh/vinh-tru")));
        assertEquals("answered", picked.status().code(), picked.answer());
        assertEquals("ninh-binh/vinh-tru", picked.commune().id());
        // a unique bare id is its commune's, as before
        assertEquals("dong-nai/phu-trung", engine.answer(Question.of("Ai chủ trì chỉ tiêu phủ sóng 5G?", "phu-trung")).commune().id());
    }

    @Test
    void aProvinceGivenOnUploadPlacesAPlanThatNamesNone() throws Exception {
        byte[] loiBac;
        try (InputStream in = getClass().getResourceAsStream("/corpus/loi-bac.txt")) {
            loiBac = in.readAllBytes();
        }
        PlanLibrary own = new PlanLibrary(new PlanParser(normalizer, agencies), KnowledgeIndex.inMemory(normalizer, synonyms), null);
        own.load(false, List.of());
        own.ingest("loi-bac.txt", loiBac);
        assertEquals(null, own.commune("loi-bac").orElseThrow().province());
        own.ingest("loi-bac.txt", loiBac, "Lạng Sơn");
        // placed in a province, its id gains it; the bare id it had names it still
        Commune placed = own.commune("loi-bac").orElseThrow();
        assertEquals("lang-son/loi-bac", placed.id());
        assertEquals("Lạng Sơn", placed.province());
        assertEquals("lang-son/loi-bac", placed.qualifiedId());
        assertEquals(1, own.communes().size(), "the same file again replaces the plan");
        // a replica replaying the shared uploads skips only the version it holds now
        assertTrue(own.holds("loi-bac.txt", loiBac, "Lạng Sơn"));
        assertTrue(!own.holds("loi-bac.txt", loiBac, null), "the version without a province was replaced");
    }
}
