package vn.troly.channels.values;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import vn.troly.knowledge.values.CommuneSummary;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Word report's layout and the chart's content, from a summary written out here. */
class ReportAndChartTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    private static CommuneSummary.Row row(String stt, String group, String name, String status, Double value, Double target,
                                          String targetText, String unit, String period) {
        return new CommuneSummary.Row("x." + stt + "." + period, stt, group, name, "Phòng Văn hóa - Xã hội",
                List.of("van-hoa-xa-hoi"), status, value, target, targetText, unit, period, "Tháng 12/2026", DAY.plusDays(31));
    }

    private static CommuneSummary summary(List<CommuneSummary.Row> rows) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String code : new String[]{"met", "not_met", "at_risk", "overdue", "no_data"}) {
            counts.put(code, rows.stream().filter(r -> r.status().equals(code)).count());
        }
        return new CommuneSummary("vinh-tru", DAY, counts, List.of(), List.of(), List.of(), List.of(), rows);
    }

    private static final List<CommuneSummary.Row> ROWS = List.of(
            row("2.1", "Hạ tầng số", "Tỷ lệ phủ sóng 5G trên dân số: Đạt tối thiểu 70%", "not_met", 62.5, 70.0, "Đạt tối thiểu 70%", null, "2026"),
            row("5.1", "Về phát triển Chính quyền số", "Chỉ số chuyển đổi số cấp xã: Đạt tối thiểu 0.70", "met", 0.72, 0.70, "Đạt tối thiểu 0.70", null, "2026"),
            row("6.1", "Về Phát triển Kinh tế số", "Tỷ lệ doanh nghiệp ứng dụng công nghệ số", "not_met", 3.0, 5.0, "≥ 5", "%", "2026-2027"),
            row("6.1", "Về Phát triển Kinh tế số", "Tỷ lệ doanh nghiệp ứng dụng công nghệ số", "no_data", null, 10.0, "≥ 10", "%", "2028-2030"),
            row("6.2", "Về Phát triển Kinh tế số", "Tỷ lệ dân số có tài khoản ngân hàng", "overdue", null, 90.0, "đạt 90%", null, "2026"));

    @Test
    void theReportIsAnA4DocumentWithThePlansNumbersAndFullTargets() throws Exception {
        byte[] docx = new MonthlyReport(null, null, Clock.systemUTC()).docx("Vĩnh Trụ", YearMonth.of(2026, 11), summary(ROWS), List.of());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            CTPageSz page = doc.getDocument().getBody().getSectPr().getPgSz();
            assertEquals(BigInteger.valueOf(11906), page.getW(), "A4 width");
            assertEquals(BigInteger.valueOf(16838), page.getH(), "A4 height");
            CTPageMar margins = doc.getDocument().getBody().getSectPr().getPgMar();
            assertEquals(BigInteger.valueOf(1701), margins.getLeft(), "30 mm on the left");
            for (XWPFTable table : doc.getTables()) {
                CTTblGrid grid = table.getCTTbl().getTblGrid();
                assertTrue(grid != null && grid.sizeOfGridColArray() > 0, "every table has its grid (python-docx needs it)");
                long total = grid.getGridColList().stream().mapToLong(c -> ((BigInteger) c.getW()).longValue()).sum();
                assertEquals(11906 - 1701 - 851, total, "the grid fills the text width");
            }
            // the motto's column is wide enough for "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in 12 pt bold (about 9 cm)
            long motto = ((BigInteger) doc.getTables().get(0).getCTTbl().getTblGrid().getGridColArray(1).getW()).longValue();
            assertTrue(motto >= 5600, "motto column " + motto + " twips");
            XWPFTable indicators = doc.getTables().get(1);
            assertEquals("STT", indicators.getRow(0).getCell(0).getText());
            assertTrue(indicators.getRow(0).isRepeatHeader(), "the header repeats on every page");
            assertEquals("Hạ tầng số", indicators.getRow(1).getCell(1).getText(), "the plan's group heading");
            assertEquals("2", indicators.getRow(1).getCell(0).getText());
            assertEquals("2.1", indicators.getRow(2).getCell(0).getText(), "the plan's own STT, not 1, 2, 3");
            assertEquals("Đạt tối thiểu 70% (2026)", indicators.getRow(2).getCell(2).getText());
            assertEquals("62,5%", indicators.getRow(2).getCell(3).getText(), "a percentage target, a percentage value");
            assertEquals("≥ 5% (2026-2027)", indicators.getRow(6).getCell(2).getText(), "comparator and unit kept");
            assertEquals("Đạt 90% (2026)", indicators.getRow(8).getCell(2).getText());
            String widths = indicators.getRow(2).getCell(1).getCTTc().getTcPr().getTcW().getW().toString();
            assertEquals("3454", widths, "the indicator's column is the widest");
        }
    }

    @Test
    void theChartDrawsSharesOfTargetsLabelledByStt() {
        ChartData chart = ChartData.of(summary(ROWS));
        assertEquals(3, chart.bars().size());
        assertEquals(2, chart.notDrawn(), "rows without a value are counted, not drawn");
        assertEquals("6.1 Doanh nghiệp ứng dụng công nghệ số (2026-2027)", chart.bars().get(0).label(),
                "the furthest behind first; the phase tells two phases of one row apart");
        assertEquals(60.0, chart.bars().get(0).share(), 1e-9);
        assertEquals("2.1 Phủ sóng 5G trên dân số", chart.bars().get(1).label());
        ChartData.Bar index = chart.bars().get(2);
        assertEquals("5.1 Chỉ số chuyển đổi số cấp xã", index.label());
        assertEquals(102.9, index.share(), 0.1, "an index of 0,72 against 0,70 is 103% of its target, on the same axis as 5%");
        assertEquals("met", index.status());
    }

    @Test
    void theChartIsWideEnoughForAPhoneAndSaysWhenThereIsNothingToDraw() throws Exception {
        BufferedImage chart = ImageIO.read(new ByteArrayInputStream(new SummaryChart().png(summary(ROWS), "Vĩnh Trụ")));
        assertEquals(720, chart.getWidth(), "720 px shown at 360 px: 24 px text becomes 12 px");
        BufferedImage empty = ImageIO.read(new ByteArrayInputStream(new SummaryChart().png(summary(List.of(ROWS.get(4))), "Vĩnh Trụ")));
        assertTrue(empty.getHeight() < chart.getHeight(), "no wall of grey bars");
        assertFalse(ChartData.of(summary(List.of(ROWS.get(4)))).bars().iterator().hasNext());
    }
}
