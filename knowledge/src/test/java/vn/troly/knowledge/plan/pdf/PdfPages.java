package vn.troly.knowledge.plan.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * PDFs drawn directly with PDFBox, unlike LibreOffice's: stroked borders, a scan's image, a legacy font's text, blank
 * pages. Shared with the upload tests of channels (knowledge's test jar).
 */
public final class PdfPages {

    /** DejaVu Serif (fontconfig's own fonts, there wherever LibreOffice is): unlike Debian's Liberation it has "Ủ", "ữ". */
    static final File FONT = new File("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf");
    private static final float LEFT = 40;
    private static final float LINE = 16;

    private PdfPages() {
    }

    /** One A4 page: the lines from the top, then a table with stroked borders, one string array per row. */
    public static byte[] ruledPlan(List<String> lines, List<String[]> rows, float[] widths) throws IOException {
        float rowHeight = 2 * LINE;
        float width = 0;
        for (float w : widths) {
            width += w;
        }
        List<float[]> borders = new ArrayList<>();
        for (int r = 0; r <= rows.size(); r++) {
            borders.add(new float[]{0, r * rowHeight, width, r * rowHeight});
        }
        float x = 0;
        for (int c = 0; c <= widths.length; c++) {
            borders.add(new float[]{x, 0, x, rows.size() * rowHeight});
            x += c < widths.length ? widths[c] : 0;
        }
        List<String> texts = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            x = 0;
            for (int c = 0; c < widths.length; c++) {
                texts.add((x + 3) + "," + (r * rowHeight + LINE) + "," + rows.get(r)[c]);
                x += widths[c];
            }
        }
        return drawnTable(lines, borders, texts);
    }

    /**
     * One A4 page: the lines from the top, then a table drawn from explicit borders (so cells can be merged) with texts
     * placed at given points.
     *
     * @param borders each {x1, y1, x2, y2}, in points from the table's top left, y downwards
     * @param texts   each {x, y} (baseline, from the table's top left) and its text, as "x,y,text"
     */
    static byte[] drawnTable(List<String> lines, List<float[]> borders, List<String> texts) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDFont font = PDType0Font.load(document, FONT);
            float y = page.getMediaBox().getHeight() - 50;
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                for (String line : lines) {
                    text(content, font, LEFT, y, line);
                    y -= LINE;
                }
                float top = y - 10;
                for (float[] border : borders) {
                    line(content, LEFT + border[0], top - border[1], LEFT + border[2], top - border[3]);
                }
                for (String placed : texts) {
                    String[] parts = placed.split(",", 3);
                    text(content, font, LEFT + Float.parseFloat(parts[0]), top - Float.parseFloat(parts[1]), parts[2]);
                }
            }
            return bytes(document);
        }
    }

    /** A scan: each page only an image of some dark blocks where the text was. */
    public static byte[] scan(int pages) throws IOException {
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

    /** Text typed in a TCVN3 font: its code points are Latin-1 look-alikes of the Vietnamese letters. */
    static byte[] legacyFont(List<String> lines) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDFont font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
            float y = page.getMediaBox().getHeight() - 50;
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                for (String line : lines) {
                    text(content, font, LEFT, y, line);
                    y -= LINE;
                }
            }
            return bytes(document);
        }
    }

    /** Pages with nothing on them. */
    public static byte[] blankPages(int pages) throws IOException {
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

    private static void line(PDPageContentStream content, float x1, float y1, float x2, float y2) throws IOException {
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
