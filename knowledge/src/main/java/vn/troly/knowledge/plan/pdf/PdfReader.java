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
 * reader merges a row split by the page break as it does in the text files. A PDF without a usable text layer (a scan,
 * or text in a TCVN3/VNI font) is read by OCR when tesseract is installed ({@link ScanPages}), and its rows are marked
 * as read by OCR; otherwise it is refused with a Vietnamese reason.
 */
public final class PdfReader {

    private final GridFinder grids = new GridFinder();
    private final CellTexts cells = new CellTexts();
    private final ScanPages scans;

    /** A reader that refuses scans. */
    public PdfReader() {
        this(null);
    }

    /**
     * @param tesseract the OCR command for scanned plans ("tesseract", with its Vietnamese model); null, or a command
     *                  that does not run, leaves scans refused
     */
    public PdfReader(String tesseract) {
        this.scans = new ScanPages(new Tesseract(tesseract));
    }

    public PlanText read(String fileName, byte[] content) throws PlanParseException {
        try (PDDocument document = Loader.loadPDF(content)) {
            List<List<PageBlock>> pages = new ArrayList<>();
            for (int p = 0; p < document.getNumberOfPages(); p++) {
                pages.add(page(document, p));
            }
            List<String> lines = lines(pages);
            boolean ocr = false;
            if (!usable(lines) && scans.available()) {
                // No text layer, or one in a legacy font: what is printed may still be read off the rendered page.
                if (document.getNumberOfPages() > ScanPages.MAX_PAGES) {
                    throw new PlanParseException("Tệp PDF \"" + fileName + "\" là bản quét dài " + document.getNumberOfPages()
                            + " trang; hệ thống chỉ đọc bằng OCR bản quét tối đa " + ScanPages.MAX_PAGES
                            + " trang. Hãy tải bản PDF xuất từ Word hoặc tệp .docx.");
                }
                lines = lines(scans.read(document));
                ocr = true;
            }
            if (!usable(lines)) {
                throw new PlanParseException("Tệp PDF \"" + fileName + "\" là bản quét hoặc dùng phông chữ cũ (TCVN3/VNI),"
                        + " chưa đọc được chữ; hãy tải bản PDF xuất từ Word hoặc tệp .docx.");
            }
            return new PlanText(fileName, lines, ocr);
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

    private static List<String> lines(List<List<PageBlock>> pages) {
        PageFlow flow = new PageFlow();
        pages.forEach(flow::addPage);
        return flow.lines();
    }

    private static boolean usable(List<String> lines) {
        TextLayerCheck check = new TextLayerCheck();
        lines.forEach(check::add);
        return check.usable();
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
