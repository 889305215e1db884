package vn.troly.knowledge.plan.pdf;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.troly.knowledge.agency.AgencyDirectory;
import vn.troly.knowledge.plan.Plan;
import vn.troly.knowledge.plan.PlanParser;
import vn.troly.knowledge.text.VietnameseNormalizer;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        byte[] text = RowAgreement.corpus(communeId);
        Plan expected = parser.parse(communeId + ".txt", text);
        byte[] pdf = Soffice.printed(dir, communeId, text, form);
        Plan actual = parser.parse(communeId + ".pdf", pdf);

        RowAgreement agreement = RowAgreement.of(expected, actual);
        assertTrue(agreement.total() > 0);
        assertEquals(List.of(), agreement.missing(), communeId + " " + form + ": " + agreement);
        assertEquals(List.of(), agreement.extra(), "no rows more");
        assertEquals(RowAgreement.rows(expected), RowAgreement.rows(actual), "same rows in the same order");
        assertFalse(actual.indicators().get(0).source().ocr(), "a text layer is no OCR");
        assertEquals(expected.commune(), actual.commune());
        assertEquals(expected.title(), actual.title());
    }
}
