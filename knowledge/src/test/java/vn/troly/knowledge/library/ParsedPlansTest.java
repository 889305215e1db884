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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    void everySamplePlanReadsBackEqualToItsParseFromTheSnapshotAndOneByOne() throws Exception {
        ParsedPlans parsed = new ParsedPlans(data, PARSER.fingerprint());
        Map<String, Plan> plans = new HashMap<>();
        for (String name : List.of("binh-giang.txt", "duong-huu.txt", "loi-bac.txt", "phu-trung.txt", "vinh-tru.txt")) {
            plans.put(name, PARSER.parse(name, sample(name)));
        }
        parsed.keepOnly(plans);
        assertEquals(plans, new ParsedPlans(data, PARSER.fingerprint()).readAll());

        // a plan ingested between loads is kept on its own, and read back with the snapshot's
        Plan uploaded = PARSER.parse("upload.txt", sample("vinh-tru.txt"));
        parsed.write("upload", uploaded);
        Map<String, Plan> all = new ParsedPlans(data, PARSER.fingerprint()).readAll();
        assertEquals(6, all.size());
        assertEquals(uploaded, all.get("upload"));
    }

    @Test
    void aRestartReadsTheKeptPlanAndAChangedFileIsParsedAgain() throws Exception {
        Path corpus = Files.createDirectories(data.resolve("corpus"));
        Files.write(corpus.resolve("vinh-tru.txt"), sample("vinh-tru.txt"));
        Plan first = load(corpus, PARSER.fingerprint()).plans().iterator().next();
        ParsedPlans parsed = new ParsedPlans(data.resolve("parsed"), PARSER.fingerprint());
        String key = parsed.readAll().keySet().iterator().next();

        // a kept plan altered on disk shows it is what the next start reads, not the file parsed again
        parsed.write(key, first);
        Path single = onlyFile(data.resolve("parsed"), ".json");
        Files.writeString(single, Files.readString(single).replace(first.title(), "Kế hoạch đọc lại"));
        assertEquals("Kế hoạch đọc lại", load(corpus, PARSER.fingerprint()).plans().iterator().next().title());
        // the load folded it into the snapshot, and the next start reads it there
        assertEquals(0, count(data.resolve("parsed"), ".json"));
        assertEquals("Kế hoạch đọc lại", load(corpus, PARSER.fingerprint()).plans().iterator().next().title());

        // another parser finds nothing kept for it
        assertEquals(first.title(), load(corpus, PARSER.fingerprint() + "-next").plans().iterator().next().title());

        // a changed file is parsed again, and its old version is dropped
        Files.writeString(corpus.resolve("vinh-tru.txt"), Files.readString(corpus.resolve("vinh-tru.txt"))
                .replace("Chuyển đổi số xã Vĩnh Trụ năm 2026", "Chuyển đổi số xã Vĩnh Trụ năm 2027"));
        PlanLibrary changed = load(corpus, PARSER.fingerprint() + "-next");
        assertTrue(changed.plans().iterator().next().title().contains("2027"), changed.plans().iterator().next().title());
        Map<String, Plan> kept = new ParsedPlans(data.resolve("parsed"), PARSER.fingerprint() + "-next").readAll();
        assertEquals(1, kept.size());
        assertFalse(kept.containsKey(key));
        assertTrue(kept.values().iterator().next().title().contains("2027"));
    }

    private PlanLibrary load(Path corpus, String fingerprint) {
        PlanLibrary library = new PlanLibrary(PARSER, KnowledgeIndex.inMemory(NORMALIZER, SYNONYMS), null,
                new ParsedPlans(data.resolve("parsed"), fingerprint));
        library.load(false, List.of(corpus));
        return library;
    }

    private static Path onlyFile(Path folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            List<Path> all = files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(suffix)).toList();
            assertEquals(1, all.size(), all.toString());
            return all.get(0);
        }
    }

    private static long count(Path folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(suffix)).count();
        }
    }

    private static byte[] sample(String name) throws IOException {
        try (InputStream in = ParsedPlansTest.class.getResourceAsStream("/corpus/" + name)) {
            return in.readAllBytes();
        }
    }
}
