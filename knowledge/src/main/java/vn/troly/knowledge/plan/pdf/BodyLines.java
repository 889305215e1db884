package vn.troly.knowledge.plan.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The body text of one page, line by line in reading order, without the text inside tables (read cell by cell
 * elsewhere) and without a bare page number, which would cut a table continued on the next page in two.
 */
final class BodyLines extends PDFTextStripper {

    private static final Pattern PAGE_NUMBER = Pattern.compile("^[-–—\\s]*\\d{1,4}[-–—\\s]*$");

    private final List<Rectangle2D> tables;
    private final List<PageLine> lines = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private double lineTop = Double.NaN;

    BodyLines(List<Rectangle2D> tables) {
        this.tables = tables;
        setSortByPosition(true);
    }

    List<PageLine> read(PDDocument document, int pageNumber) throws IOException {
        setStartPage(pageNumber);
        setEndPage(pageNumber);
        writeText(document, new StringWriter());
        flush();
        return lines;
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        for (Rectangle2D table : tables) {
            if (table.contains(text.getX(), text.getY())) {
                return;
            }
        }
        super.processTextPosition(text);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        if (Double.isNaN(lineTop) && !positions.isEmpty()) {
            lineTop = positions.get(0).getY();
        }
        line.append(text);
    }

    @Override
    protected void writeWordSeparator() {
        line.append(' ');
    }

    @Override
    protected void writeLineSeparator() {
        flush();
    }

    private void flush() {
        String text = PdfStrings.clean(line.toString());
        if (!text.isEmpty() && !PAGE_NUMBER.matcher(text).matches()) {
            lines.add(new PageLine(lineTop, text));
        }
        line.setLength(0);
        lineTop = Double.NaN;
    }
}
