package vn.troly.knowledge.plan.pdf;

import org.junit.jupiter.api.Test;
import vn.troly.knowledge.agency.AgencyDirectory;
import vn.troly.knowledge.agency.AgencyRef;
import vn.troly.knowledge.plan.Indicator;
import vn.troly.knowledge.plan.Plan;
import vn.troly.knowledge.plan.PlanParseException;
import vn.troly.knowledge.plan.PlanParser;
import vn.troly.knowledge.plan.PlanText;
import vn.troly.knowledge.text.VietnameseNormalizer;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PDFs not made by LibreOffice: borders stroked as lines, a scan without text, a plan typed in a TCVN3 font. Without
 * OCR (no tesseract) the last two are refused with a Vietnamese reason; a scan of gray bars is refused even with it.
 */
class PdfReaderTest {

    private static final String REFUSAL = "là bản quét hoặc dùng phông chữ cũ (TCVN3/VNI), chưa đọc được chữ";

    private final VietnameseNormalizer normalizer = new VietnameseNormalizer();
    private final PlanParser parser = new PlanParser(normalizer, AgencyDirectory.loadDefault(normalizer), "tesseract");
    private final PdfReader withoutOcr = new PdfReader("/nonexistent/tesseract");

    @Test
    void readsATableWhoseBordersAreStrokedLines() throws Exception {
        byte[] pdf = PdfPages.ruledPlan(List.of("ỦY BAN NHÂN DÂN", "XÃ AN BÌNH", "KẾ HOẠCH",
                        "Chuyển đổi số xã An Bình năm 2026", "PHỤ LỤC I", "CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2026"),
                List.of(new String[]{"STT", "Chỉ tiêu", "Cơ quan chủ trì", "Cơ quan phối hợp", "Năm 2026"},
                        new String[]{"1", "Tỷ lệ hồ sơ trực tuyến", "Phòng Văn hóa - Xã hội", "Công an xã", "Đạt 80%"},
                        new String[]{"2", "Tỷ lệ phủ sóng 5G", "Công an xã", "", "Đạt 70%"}),
                new float[]{30, 160, 130, 110, 70});

        Plan plan = parser.parse("an-binh.pdf", pdf);

        assertEquals("an-binh", plan.communeId());
        assertEquals(2, plan.indicators().size());
        Indicator first = plan.indicators().get(0);
        assertEquals("Tỷ lệ hồ sơ trực tuyến", first.name());
        assertEquals("1", first.source().stt());
        assertEquals("PHỤ LỤC I", first.source().appendix());
        assertEquals(List.of("Phòng Văn hóa - Xã hội"), first.lead().stream().map(AgencyRef::name).toList());
        assertEquals(List.of("Công an xã"), first.coordinating().stream().map(AgencyRef::name).toList());
        assertEquals(80.0, first.targets().get(0).value());
        assertEquals(70.0, plan.indicators().get(1).targets().get(0).value());
    }

    @Test
    void mergedCellsComeOutAsDocxReaderWritesThem() throws Exception {
        // columns at 0, 30, 190, 250, 370; rows at 0, 30, 60, 90. Row 1's name spans two columns (no border at 190),
        // and its lead cell goes on into row 2 (no border at 60 under it), its second line written in row 2's part.
        byte[] pdf = PdfPages.drawnTable(List.of("XÃ AN BÌNH", "KẾ HOẠCH", "PHỤ LỤC I"),
                List.of(new float[]{0, 0, 370, 0}, new float[]{0, 30, 370, 30}, new float[]{0, 60, 250, 60},
                        new float[]{0, 90, 370, 90}, new float[]{0, 0, 0, 90}, new float[]{30, 0, 30, 90},
                        new float[]{190, 0, 190, 30}, new float[]{190, 60, 190, 90}, new float[]{250, 0, 250, 90},
                        new float[]{370, 0, 370, 90}),
                List.of("3,20,STT", "33,20,Chỉ tiêu", "193,20,Năm 2026", "253,20,Cơ quan chủ trì",
                        "3,50,1", "33,50,Tỷ lệ hồ sơ trực tuyến đạt 80%", "253,50,Phòng Văn hóa -",
                        "3,80,2", "33,80,Tỷ lệ phủ sóng 5G", "193,80,70%", "253,72,Xã hội"));

        List<String> lines = withoutOcr.read("an-binh.pdf", pdf).lines();

        assertTrue(lines.contains("STT\tChỉ tiêu\tNăm 2026\tCơ quan chủ trì"), lines.toString());
        assertTrue(lines.contains("1\tTỷ lệ hồ sơ trực tuyến đạt 80%\t\tPhòng Văn hóa - Xã hội"), lines.toString());
        assertTrue(lines.contains("2\tTỷ lệ phủ sóng 5G\t70%\t"), lines.toString());
        assertTrue(lines.indexOf("PHỤ LỤC I") < lines.indexOf("STT\tChỉ tiêu\tNăm 2026\tCơ quan chủ trì"),
                "the heading before its table");
    }

    @Test
    void refusesAScanWithAVietnameseReasonWithoutOcr() throws Exception {
        byte[] scan = PdfPages.scan(2);
        PlanParseException refusal = assertThrows(PlanParseException.class, () -> withoutOcr.read("ke-hoach-scan.pdf", scan));
        assertTrue(refusal.getMessage().contains("\"ke-hoach-scan.pdf\" " + REFUSAL), refusal.getMessage());
        assertTrue(refusal.getMessage().contains(".docx"), "says what to send instead");
    }

    @Test
    void refusesAScanWithoutLettersEvenWithOcr() throws Exception {
        byte[] scan = PdfPages.scan(1);
        PlanParseException refusal = assertThrows(PlanParseException.class, () -> parser.parse("vach-xam.pdf", scan));
        assertTrue(refusal.getMessage().contains(REFUSAL), refusal.getMessage());
    }

    @Test
    void refusesAPlanTypedInATcvn3FontWithoutOcr() throws Exception {
        // "Ủy ban nhân dân xã An Bình / Kế hoạch chuyển đổi số năm 2026 / Phụ lục I" as a TCVN3 font encodes it
        byte[] pdf = PdfPages.legacyFont(List.of("Uû ban nh©n d©n x· An B×nh", "KÕ ho¹ch chuyÓn ®æi sè n¨m 2026",
                "Phô lôc I", "STT  ChØ tiªu  C¬ quan chñ tr×", "1  Tû lÖ hå s¬ trùc tuyÕn  Phßng V¨n hãa - X· héi"));
        PlanParseException refusal = assertThrows(PlanParseException.class, () -> withoutOcr.read("tcvn3.pdf", pdf));
        assertTrue(refusal.getMessage().contains(REFUSAL), refusal.getMessage());
    }

    @Test
    void rowsOfATextReadByOcrSaySoAndOthersDoNot() throws Exception {
        List<String> lines = List.of("XÃ AN BÌNH", "KẾ HOẠCH", "Chuyển đổi số xã An Bình năm 2026", "Phụ lục I",
                "STT\tChỉ tiêu\tCơ quan chủ trì\tNăm 2026", "1\tTỷ lệ hồ sơ trực tuyến\tCông an xã\t80%");
        assertTrue(parser.parse(new PlanText("an-binh.pdf", lines, true)).indicators().get(0).source().ocr());
        assertFalse(parser.parse(new PlanText("an-binh.txt", lines)).indicators().get(0).source().ocr());
    }

    @Test
    void refusesAFileThatIsNoPdf() {
        PlanParseException refusal = assertThrows(PlanParseException.class,
                () -> parser.parse("ke-hoach.pdf", "KẾ HOẠCH".getBytes()));
        assertTrue(refusal.getMessage().contains("Không đọc được tệp PDF \"ke-hoach.pdf\""), refusal.getMessage());
    }
}
