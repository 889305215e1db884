package vn.troly.knowledge.plan.pdf;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.troly.knowledge.agency.AgencyDirectory;
import vn.troly.knowledge.plan.Indicator;
import vn.troly.knowledge.plan.Plan;
import vn.troly.knowledge.plan.PlanParser;
import vn.troly.knowledge.plan.Provenance;
import vn.troly.knowledge.plan.Task;
import vn.troly.knowledge.text.VietnameseNormalizer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Each sample plan typed into Word (paragraphs, bordered tables) and printed to PDF by LibreOffice parses into exactly
 * the rows of its text file: every indicator and task with its name, agencies, targets, deadline, row number and
 * appendix. Only the source line numbers differ, as a PDF's lines are not the text file's.
 */
class PdfParityTest {

    private final VietnameseNormalizer normalizer = new VietnameseNormalizer();
    private final PlanParser parser = new PlanParser(normalizer, AgencyDirectory.loadDefault(normalizer));

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"vinh-tru", "binh-giang", "duong-huu", "loi-bac", "phu-trung"})
    void aPlanPrintedFromWordGivesTheRowsOfItsTextFile(String communeId) throws Exception {
        assertSameRows(communeId, Normalizer.Form.NFC);
    }

    @ParameterizedTest
    @ValueSource(strings = {"vinh-tru", "loi-bac"})
    void aPlanTypedWithDecomposedDiacriticsGivesTheSameRows(String communeId) throws Exception {
        assertSameRows(communeId, Normalizer.Form.NFD);
    }

    private void assertSameRows(String communeId, Normalizer.Form form) throws Exception {
        byte[] text = corpus(communeId);
        Plan expected = parser.parse(communeId + ".txt", text);
        List<String> lines = List.of(new String(text, StandardCharsets.UTF_8).split("\\r?\\n", -1));
        byte[] pdf = Soffice.pdf(dir, communeId, new PlanDocx(form).write(lines));
        Plan actual = parser.parse(communeId + ".pdf", pdf);

        List<String> want = rows(expected);
        List<String> got = rows(actual);
        assertFalse(want.isEmpty());
        List<String> missing = new ArrayList<>(want);
        missing.removeAll(got);
        List<String> extra = new ArrayList<>(got);
        extra.removeAll(want);
        assertEquals(List.of(), missing, communeId + " " + form + ": " + (want.size() - missing.size()) + "/"
                + want.size() + " rows the same; instead of the missing ones: " + extra);
        assertEquals(List.of(), extra, "no rows more");
        assertEquals(want, got, "same rows in the same order");
        assertEquals(expected.commune(), actual.commune());
        assertEquals(expected.title(), actual.title());
    }

    /** Every field of every row, the source's line numbers left out. */
    private static List<String> rows(Plan plan) {
        List<String> rows = new ArrayList<>();
        for (Indicator row : plan.indicators()) {
            rows.add(new Indicator(row.id(), row.communeId(), row.seriesId(), withoutLines(row.source()), row.name(),
                    row.unit(), row.targets(), row.lead(), row.implementers(), row.coordinating(), row.deadline(),
                    row.legalBasis(), row.tasks(), row.note()).toString());
        }
        for (Task row : plan.tasks()) {
            rows.add(new Task(row.id(), row.communeId(), row.kind(), withoutLines(row.source()), row.name(), row.lead(),
                    row.implementers(), row.coordinating(), row.objective(), row.output(), row.deadline(),
                    row.funding(), row.note()).toString());
        }
        return rows;
    }

    private static Provenance withoutLines(Provenance source) {
        return new Provenance(source.documentId(), source.documentTitle(), source.appendix(), source.groups(),
                source.stt(), 0, 0);
    }

    private static byte[] corpus(String communeId) throws IOException {
        try (InputStream in = PdfParityTest.class.getResourceAsStream("/corpus/" + communeId + ".txt")) {
            return in.readAllBytes();
        }
    }
}
