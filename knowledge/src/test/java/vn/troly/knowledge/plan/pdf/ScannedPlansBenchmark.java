package vn.troly.knowledge.plan.pdf;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.troly.knowledge.agency.AgencyDirectory;
import vn.troly.knowledge.plan.Plan;
import vn.troly.knowledge.plan.PlanParseException;
import vn.troly.knowledge.plan.PlanParser;
import vn.troly.knowledge.text.VietnameseNormalizer;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The five sample plans printed, scanned (turned up to 0.8°, specked, JPEG) and read back by OCR: prints, per plan,
 * how many rows give the same answers as the text file (row number, name, agencies, targets, deadline). Minutes of
 * OCR, so only with -Pbench.
 */
@Tag("bench")
class ScannedPlansBenchmark {

    private final VietnameseNormalizer normalizer = new VietnameseNormalizer();
    private final PlanParser parser = new PlanParser(normalizer, AgencyDirectory.loadDefault(normalizer), "tesseract");

    @TempDir
    Path dir;

    @Test
    void rowsReadExactlyFromScansOfTheSamplePlans() throws Exception {
        int same = 0;
        int total = 0;
        for (String communeId : List.of("loi-bac", "duong-huu", "phu-trung", "binh-giang", "vinh-tru")) {
            byte[] text = RowAgreement.corpus(communeId);
            Plan expected = parser.parse(communeId + ".txt", text);
            byte[] printed = Soffice.printed(dir, communeId, text, Normalizer.Form.NFC);
            long start = System.nanoTime();
            Plan scanned;
            try {
                scanned = parser.parse(communeId + ".pdf", ScanMaker.scan(printed, 0.8, communeId.hashCode()));
            } catch (PlanParseException unread) {
                System.out.printf("OCR %-10s   0/%3d rows exact: %s%n", communeId, RowAgreement.rows(expected).size(),
                        unread.getMessage());
                total += RowAgreement.rows(expected).size();
                continue;
            }
            RowAgreement agreement = RowAgreement.ofAnswers(expected, scanned);
            System.out.printf("OCR %-10s %3d/%3d rows exact (%d rows read, %.0f s)%n", communeId, agreement.same(),
                    agreement.total(), scanned.indicators().size() + scanned.tasks().size(),
                    (System.nanoTime() - start) / 1e9);
            agreement.missing().stream().limit(3).forEach(row -> System.out.println("    missing: " + row));
            agreement.extra().stream().limit(3).forEach(row -> System.out.println("    read:    " + row));
            same += agreement.same();
            total += agreement.total();
        }
        System.out.printf("OCR all        %3d/%3d rows exact%n", same, total);
        assertTrue(total > 0);
    }
}
