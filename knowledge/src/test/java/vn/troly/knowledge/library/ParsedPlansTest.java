package vn.troly.knowledge.library;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.troly.knowledge.agency.AgencyDirectory;
import vn.troly.knowledge.plan.Plan;
import vn.troly.knowledge.plan.PlanParser;
import vn.troly.knowledge.search.KnowledgeIndex;
import vn.troly.knowledge.text.SynonymTable;
import vn.troly.knowledge.text.VietnameseNormalizer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A restart reads plans back as parsed, unless the file or the parser changed. */
class ParsedPlansTest {

    private static final VietnameseNormalizer NORMALIZER = new VietnameseNormalizer();
    private static final AgencyDirectory AGENCIES = AgencyDirectory.loadDefault(NORMALIZER);
    private static final SynonymTable SYNONYMS = SynonymTable.loadDefault(NORMALIZER);
    private static final PlanParser PARSER = new PlanParser(NORMALIZER, AGENCIES);

    @TempDir
    Path data;

    @Test
    void everySamplePlanReadsBackEqualToItsParse() throws Exception {
        ParsedPlans parsed = new ParsedPlans(data, PARSER.fingerprint());
        for (String name : List.of("binh-giang.txt", "duong-huu.txt", "loi-bac.txt", "phu-trung.txt", "vinh-tru.txt")) {
            Plan plan = PARSER.parse(name, sample(name));
            parsed.write(name, plan);
            assertEquals(plan, parsed.read(name).orElseThrow(), name);
        }
    }

    @Test
    void aRestartReadsTheKeptPlanAndAChangedFileIsParsedAgain() throws Exception {
        Path corpus = Files.createDirectories(data.resolve("corpus"));
        Files.write(corpus.resolve("vinh-tru.txt"), sample("vinh-tru.txt"));
        Plan first = load(corpus, PARSER.fingerprint()).plans().iterator().next();
        Path kept = onlyFile(data.resolve("parsed"));

        // a kept plan altered on disk shows it is what the next start reads, not the file parsed again
        Files.writeString(kept, Files.readString(kept).replace(first.title(), "Kế hoạch đọc lại"));
        assertEquals("Kế hoạch đọc lại", load(corpus, PARSER.fingerprint()).plans().iterator().next().title());

        // another parser finds nothing kept for it
        assertEquals(first.title(), load(corpus, PARSER.fingerprint() + "-next").plans().iterator().next().title());

        // a changed file is parsed again, and its old version is dropped
        Files.writeString(corpus.resolve("vinh-tru.txt"), Files.readString(corpus.resolve("vinh-tru.txt"))
                .replace("Chuyển đổi số xã Vĩnh Trụ năm 2026", "Chuyển đổi số xã Vĩnh Trụ năm 2027"));
        Path before = onlyFile(data.resolve("parsed"));
        PlanLibrary changed = load(corpus, PARSER.fingerprint() + "-next");
        assertTrue(changed.plans().iterator().next().title().contains("2027"), changed.plans().iterator().next().title());
        assertFalse(Files.exists(before));
        assertEquals(1, count(data.resolve("parsed")));
    }

    private PlanLibrary load(Path corpus, String fingerprint) {
        PlanLibrary library = new PlanLibrary(PARSER, KnowledgeIndex.inMemory(NORMALIZER, SYNONYMS), null,
                new ParsedPlans(data.resolve("parsed"), fingerprint));
        library.load(false, List.of(corpus));
        return library;
    }

    private static Path onlyFile(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            List<Path> all = files.filter(Files::isRegularFile).toList();
            assertEquals(1, all.size(), all.toString());
            return all.get(0);
        }
    }

    private static long count(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private static byte[] sample(String name) throws IOException {
        try (InputStream in = ParsedPlansTest.class.getResourceAsStream("/corpus/" + name)) {
            return in.readAllBytes();
        }
    }
}
