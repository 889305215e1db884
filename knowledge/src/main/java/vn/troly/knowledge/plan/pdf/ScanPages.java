package vn.troly.knowledge.plan.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads a scanned plan with OCR, in the same blocks as a PDF with text: each page is rendered at 300 dpi and
 * straightened, its table borders found in the pixels and cut into cells as on a text PDF, each cell read by
 * tesseract as one block of text (--psm 6), and the rest of the page, tables blanked, as lines of body text.
 */
final class ScanPages {

    static final float DPI = 300;
    /** OCR takes seconds a page: a scan longer than any plan would hold an upload for many minutes. */
    static final int MAX_PAGES = 60;
    private static final double POINTS_PER_PIXEL = 72 / DPI;
    /** Pixels cut off each side of a cell so its borders are not read as "|" or "l". */
    private static final int INSET = 6;
    /** Ink taller than this (in pixels at 300 dpi, a line of 14 pt with its tone marks) is more than one line. */
    private static final int ONE_LINE = 64;

    private final Tesseract tesseract;
    private final GridFinder grids = new GridFinder();

    ScanPages(Tesseract tesseract) {
        this.tesseract = tesseract;
    }

    boolean available() {
        return tesseract.available();
    }

    List<List<PageBlock>> read(PDDocument document) throws IOException {
        Path dir = Files.createTempDirectory("plan-ocr");
        try {
            PDFRenderer renderer = new PDFRenderer(document);
            List<List<Grid>> pageGrids = new ArrayList<>();
            List<Path> lines = new ArrayList<>();
            List<Path> paragraphs = new ArrayList<>();
            List<Path> bodies = new ArrayList<>();
            for (int p = 0; p < document.getNumberOfPages(); p++) {
                BufferedImage page = Despeckle.clean(Deskew.straighten(renderer.renderImageWithDPI(p, DPI, ImageType.GRAY)));
                List<Grid> found = grids.find(ImageRulings.find(page, POINTS_PER_PIXEL));
                pageGrids.add(found);
                for (Grid grid : found) {
                    for (List<GridCell> row : grid.rows()) {
                        for (GridCell cell : row) {
                            BufferedImage image = crop(page, cell.box());
                            // Tesseract reads stray specks in an empty cell as letters; a cell without ink is empty.
                            Path file = Despeckle.hasInk(image)
                                    ? Tesseract.png(Despeckle.padded(image), dir, "cell" + lines.size()) : null;
                            boolean oneLine = file != null && Despeckle.inkHeight(image) < ONE_LINE;
                            lines.add(oneLine ? file : null);
                            paragraphs.add(oneLine ? null : file);
                        }
                    }
                }
                bodies.add(Tesseract.png(blank(page, found), dir, "page" + p));
            }
            // A short cell ("TT", "1.2", "100%") is read far better as one line (--psm 7) than as a block (--psm 6).
            List<String> lineTexts = tesseract.text(lines, 7);
            List<String> blockTexts = tesseract.text(paragraphs, 6);
            List<String> cellTexts = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                cellTexts.add(lines.get(i) != null ? lineTexts.get(i) : blockTexts.get(i));
            }
            List<List<PageLine>> bodyLines = OcrLines.parse(tesseract.tsv(bodies, 4), bodies.size(), POINTS_PER_PIXEL);
            return pages(pageGrids, cellTexts, bodyLines);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    /** Each page's body lines and tables in page order, the cells' texts taken in the order they were cut. */
    private static List<List<PageBlock>> pages(List<List<Grid>> pageGrids, List<String> cellTexts,
                                               List<List<PageLine>> bodyLines) {
        List<List<PageBlock>> pages = new ArrayList<>();
        int next = 0;
        for (int p = 0; p < pageGrids.size(); p++) {
            List<PageBlock> blocks = new ArrayList<>();
            bodyLines.get(p).forEach(line -> blocks.add(new PageBlock.Text(line.top(), line.text())));
            for (Grid grid : pageGrids.get(p)) {
                List<Integer> starts = new ArrayList<>();
                for (List<GridCell> row : grid.rows()) {
                    starts.add(next);
                    next += row.size();
                }
                blocks.add(new PageBlock.Table(grid.bounds().getMinY(),
                        CellTexts.rows(grid.rows(), (r, c) -> cellTexts.get(starts.get(r) + c))));
            }
            blocks.sort(Comparator.comparingDouble(PageBlock::top));
            pages.add(blocks);
        }
        return pages;
    }

    private static BufferedImage crop(BufferedImage page, Rectangle2D box) {
        int x = (int) Math.round(box.getMinX() / POINTS_PER_PIXEL) + INSET;
        int y = (int) Math.round(box.getMinY() / POINTS_PER_PIXEL) + INSET;
        int width = Math.min(page.getWidth() - x, (int) Math.round(box.getWidth() / POINTS_PER_PIXEL) - 2 * INSET);
        int height = Math.min(page.getHeight() - y, (int) Math.round(box.getHeight() / POINTS_PER_PIXEL) - 2 * INSET);
        if (x < 0 || y < 0 || width < INSET || height < INSET) {
            return new BufferedImage(INSET, INSET, BufferedImage.TYPE_BYTE_GRAY);
        }
        return page.getSubimage(x, y, width, height);
    }

    /** The page with its tables painted white, so the body's OCR does not read them a second time. */
    private static BufferedImage blank(BufferedImage page, List<Grid> found) {
        BufferedImage copy = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = copy.createGraphics();
        g.drawImage(page, 0, 0, null);
        g.setColor(Color.WHITE);
        for (Grid grid : found) {
            Rectangle2D box = grid.bounds();
            g.fillRect((int) (box.getMinX() / POINTS_PER_PIXEL) - INSET, (int) (box.getMinY() / POINTS_PER_PIXEL) - INSET,
                    (int) (box.getWidth() / POINTS_PER_PIXEL) + 2 * INSET, (int) (box.getHeight() / POINTS_PER_PIXEL) + 2 * INSET);
        }
        g.dispose();
        return copy;
    }
}
