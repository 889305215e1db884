package vn.troly.assistant.handlers;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;
import vn.troly.assistant.TestAssistant;
import vn.troly.assistant.answer.Answer;
import vn.troly.assistant.answer.Question;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An answer from a plan read by OCR (a scanned PDF: one page image, no text) says the row was read from a scan and
 * should be checked against the paper; an answer from a typed plan does not. Needs tesseract with its Vietnamese model
 * (installed by .ci/run); fails without it.
 */
class ScannedPlanAnswerTest {

    private static final String NOTE = "được đọc bằng OCR từ bản quét";
    private static final int DPI = 300;

    @Test
    void anAnswerFromAScannedPlanSaysItWasReadByOcr() throws Exception {
        TestAssistant assistant = new TestAssistant("tesseract");
        assistant.library.ingest("an-binh.pdf", scan());

        Answer scanned = assistant.engine.answer(Question.of("Ai chủ trì chỉ tiêu phủ sóng 5G?", "an-binh"));
        assertEquals("answered", scanned.status().code(), scanned.answer());
        assertTrue(scanned.answer().contains("Công an xã"), scanned.answer());
        assertTrue(scanned.answer().contains(NOTE), scanned.answer());

        Answer typed = assistant.engine.answer(Question.of("Ai chủ trì chỉ tiêu phủ sóng 5G?", "vinh-tru"));
        assertFalse(typed.answer().contains(NOTE), typed.answer());
    }

    /** An A4 page at 300 dpi: the plan's heading lines and a ruled appendix table, as a scanner would image it. */
    private static byte[] scan() throws IOException {
        BufferedImage page = new BufferedImage(2480, 3508, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font("DejaVu Serif", Font.PLAIN, 50));
        int y = 250;
        for (String line : List.of("ỦY BAN NHÂN DÂN", "XÃ AN BÌNH", "KẾ HOẠCH", "Chuyển đổi số xã An Bình năm 2026", "PHỤ LỤC I")) {
            g.drawString(line, 200, y);
            y += 90;
        }
        List<String[]> rows = List.of(new String[]{"STT", "Chỉ tiêu", "Cơ quan chủ trì", "Năm 2026"},
                new String[]{"1", "Tỷ lệ phủ sóng 5G", "Công an xã", "70%"},
                new String[]{"2", "Tỷ lệ hồ sơ trực tuyến", "Phòng Kinh tế", "80%"});
        int[] widths = {200, 800, 650, 380};
        int top = y;
        int height = 120;
        g.setStroke(new BasicStroke(5));
        for (int r = 0; r <= rows.size(); r++) {
            g.drawLine(200, top + r * height, 200 + 2030, top + r * height);
        }
        int x = 200;
        for (int c = 0; c <= widths.length; c++) {
            g.drawLine(x, top, x, top + rows.size() * height);
            if (c < widths.length) {
                for (int r = 0; r < rows.size(); r++) {
                    g.drawString(rows.get(r)[c], x + 25, top + r * height + 80);
                }
                x += widths[c];
            }
        }
        g.dispose();
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage pdfPage = new PDPage(PDRectangle.A4);
            document.addPage(pdfPage);
            try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
                content.drawImage(LosslessFactory.createFromImage(document, page), 0, 0,
                        page.getWidth() * 72f / DPI, page.getHeight() * 72f / DPI);
            }
            document.save(out);
            return out.toByteArray();
        }
    }
}
