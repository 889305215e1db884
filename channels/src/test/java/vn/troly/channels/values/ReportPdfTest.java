package vn.troly.channels.values;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.troly.knowledge.agency.AgencyDirectory;
import vn.troly.knowledge.library.Commune;
import vn.troly.knowledge.library.PlanLibrary;
import vn.troly.knowledge.plan.PlanParser;
import vn.troly.knowledge.search.KnowledgeIndex;
import vn.troly.knowledge.text.SynonymTable;
import vn.troly.knowledge.text.VietnameseNormalizer;
import vn.troly.knowledge.values.ProgressCalculator;
import vn.troly.knowledge.values.SummaryBuilder;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Vĩnh Trụ's November report opens in LibreOffice without repair and prints on a few A4 pages: converted to PDF by
 * LibreOffice (Debian's libreoffice-writer-nogui, installed by .ci/run; -Dsoffice.binary=… points elsewhere). The test
 * fails, never skips, without it.
 */
class ReportPdfTest {

    private static final String SOFFICE = System.getProperty("soffice.binary", "/usr/bin/soffice");
    private static final Pattern PAGE = Pattern.compile("/Type\\s*/Page[^s]");

    @TempDir
    Path dir;

    @Test
    void vinhTrusReportConvertsToAFewA4Pages() throws Exception {
        VietnameseNormalizer normalizer = new VietnameseNormalizer();
        AgencyDirectory agencies = AgencyDirectory.loadDefault(normalizer);
        PlanLibrary library = new PlanLibrary(new PlanParser(normalizer, agencies),
                KnowledgeIndex.inMemory(normalizer, SynonymTable.loadDefault(normalizer)), null);
        library.load(true, List.of());
        Clock clock = Clock.fixed(Instant.parse("2026-12-02T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
        MonthlyReport report = new MonthlyReport(new SummaryBuilder(library, null, new ProgressCalculator()), library, clock);
        Commune vinhTru = library.commune("vinh-tru").orElseThrow();
        Path docx = Files.write(dir.resolve("bao-cao.docx"), report.docx(vinhTru, YearMonth.of(2026, 11)));

        Process soffice = new ProcessBuilder(SOFFICE, "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString())
                .redirectErrorStream(true).start();
        String output = new String(soffice.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(soffice.waitFor(120, TimeUnit.SECONDS), "LibreOffice took too long: " + output);
        assertEquals(0, soffice.exitValue(), output);
        Path pdf = dir.resolve("bao-cao.pdf");
        assertTrue(Files.exists(pdf), "no PDF: " + output);
        long pages = PAGE.matcher(new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1)).results().count();
        // 41 indicators under 8 headings, 15 tasks, the late indicators listed again in section III
        assertTrue(pages >= 3 && pages <= 8, pages + " pages");
    }
}
