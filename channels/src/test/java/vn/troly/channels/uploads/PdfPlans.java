package vn.troly.channels.uploads;

import vn.troly.knowledge.plan.pdf.PdfPages;

import java.io.IOException;
import java.util.List;

/** Plans as PDF files for the upload tests: a typed plan of commune An Bình, a scan, blank pages (knowledge's fixtures). */
final class PdfPlans {

    private static final float[] WIDTHS = {30, 170, 130, 110, 70};

    private PdfPlans() {
    }

    /** A one-page plan of commune An Bình with a ruled appendix table of these rows (five cells each). */
    static byte[] anBinh(List<String[]> rows) throws IOException {
        return PdfPages.ruledPlan(List.of("ỦY BAN NHÂN DÂN", "XÃ AN BÌNH", "KẾ HOẠCH", "Chuyển đổi số xã An Bình năm 2026",
                "PHỤ LỤC I"), rows, WIDTHS);
    }

    static byte[] scan(int pages) throws IOException {
        return PdfPages.scan(pages);
    }

    static byte[] blankPages(int pages) throws IOException {
        return PdfPages.blankPages(pages);
    }
}
