package vn.troly.knowledge.plan.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import vn.troly.knowledge.plan.PlanParseException;
import vn.troly.knowledge.plan.PlanText;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Converts a PDF plan with a text layer into the line-and-tab shape of {@link PlanText}, as DocxReader does for Word:
 * body text line by line in reading order, each row of a ruled table one tab-separated line, tables and text in page
 * order so an appendix heading comes before its table. A table continued on the next page simply goes on: the table
 * reader merges a row split by the page break as it does in the text files.
 */
public final class PdfReader {

    private final GridFinder grids = new GridFinder();
    private final CellTexts cells = new CellTexts();

    public PlanText read(String fileName, byte[] content) throws PlanParseException {
        try (PDDocument document = Loader.loadPDF(content)) {
            PageFlow flow = new PageFlow();
            for (int p = 0; p < document.getNumberOfPages(); p++) {
                flow.addPage(page(document, p));
            }
            List<String> lines = flow.lines();
            TextLayerCheck check = new TextLayerCheck();
            lines.forEach(check::add);
            if (!check.usable()) {
                throw new PlanParseException("Tệp PDF \"" + fileName + "\" là bản quét hoặc dùng phông chữ cũ (TCVN3/VNI),"
                        + " chưa đọc được chữ; hãy tải bản PDF xuất từ Word hoặc tệp .docx.");
            }
            return new PlanText(fileName, lines);
        } catch (IOException | RuntimeException e) {
            throw new PlanParseException("Không đọc được tệp PDF \"" + fileName
                    + "\": tệp hỏng, có mật khẩu hoặc không phải định dạng PDF.", e);
        }
    }

    /** Pages of a PDF, for the size check before parsing; a broken file counts none and is refused by the parser. */
    public static int pageCount(byte[] content) {
        try (PDDocument document = Loader.loadPDF(content)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            return 0;
        }
    }

    private List<PageBlock> page(PDDocument document, int index) throws IOException {
        PDPage page = document.getPage(index);
        List<Grid> found = grids.find(new RulingCollector(page).collect());
        List<List<RowText>> tables = cells.read(page, found);
        List<Rectangle2D> areas = found.stream().map(Grid::bounds).toList();
        List<PageBlock> blocks = new ArrayList<>();
        for (PageLine line : new BodyLines(areas).read(document, index + 1)) {
            blocks.add(new PageBlock.Text(line.top(), line.text()));
        }
        for (int g = 0; g < found.size(); g++) {
            blocks.add(new PageBlock.Table(found.get(g).bounds().getMinY(), tables.get(g)));
        }
        blocks.sort(Comparator.comparingDouble(PageBlock::top));
        return blocks;
    }
}
