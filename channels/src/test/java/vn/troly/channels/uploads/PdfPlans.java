package vn.troly.channels.uploads;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.util.List;

/** Plans as PDF files drawn with PDFBox: one with a text layer and a ruled table, a scan, blank pages. */
final class PdfPlans {

    /** DejaVu Serif (fontconfig's own fonts): it has every Vietnamese letter. */
    private static final File FONT = new File("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf");
    private static final float LEFT = 40;
    private static final float LINE = 16;
    private static final float[] WIDTHS = {30, 170, 130, 110, 70};

    private PdfPlans() {
    }

    /** A one-page plan of commune An Bình with a ruled appendix table of these rows (five cells each). */
    static byte[] anBinh(List<String[]> rows) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDFont font = PDType0Font.load(document, FONT);
            float y = page.getMediaBox().getHeight() - 50;
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                for (String line : List.of("ỦY BAN NHÂN DÂN", "XÃ AN BÌNH", "KẾ HOẠCH", "Chuyển đổi số xã An Bình năm 2026",
                        "PHỤ LỤC I")) {
                    text(content, font, LEFT, y, line);
                    y -= LINE;
                }
                float top = y - 10;
                float height = 2 * LINE;
                float right = LEFT;
                for (float width : WIDTHS) {
                    right += width;
                }
                for (int r = 0; r <= rows.size(); r++) {
                    stroke(content, LEFT, top - r * height, right, top - r * height);
                }
                float x = LEFT;
                for (int c = 0; c <= WIDTHS.length; c++) {
                    stroke(content, x, top, x, top - rows.size() * height);
                    if (c < WIDTHS.length) {
                        for (int r = 0; r < rows.size(); r++) {
                            text(content, font, x + 3, top - r * height - LINE, rows.get(r)[c]);
                        }
                        x += WIDTHS[c];
                    }
                }
            }
            return bytes(document);
        }
    }

    /** A scan: every page only an image. */
    static byte[] scan(int pages) throws IOException {
        try (PDDocument document = new PDDocument()) {
            BufferedImage image = new BufferedImage(595, 842, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 595, 842);
            g.setColor(Color.DARK_GRAY);
            for (int y = 60; y < 800; y += 20) {
                g.fillRect(50, y, 495, 8);
            }
            g.dispose();
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(LosslessFactory.createFromImage(document, image), 0, 0, 595, 842);
                }
            }
            return bytes(document);
        }
    }

    static byte[] blankPages(int pages) throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (int p = 0; p < pages; p++) {
                document.addPage(new PDPage(PDRectangle.A4));
            }
            return bytes(document);
        }
    }

    private static void text(PDPageContentStream content, PDFont font, float x, float y, String text) throws IOException {
        content.beginText();
        content.setFont(font, 11);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    private static void stroke(PDPageContentStream content, float x1, float y1, float x2, float y2) throws IOException {
        content.moveTo(x1, y1);
        content.lineTo(x2, y2);
        content.stroke();
    }

    private static byte[] bytes(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
