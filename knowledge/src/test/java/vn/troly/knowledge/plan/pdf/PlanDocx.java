package vn.troly.knowledge.plan.pdf;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * A Word document written from a plan in the corpus's text shape: each line a paragraph, each run of tab-separated
 * lines a bordered Word table with the row's own number of cells, as an official would type the plan in Word.
 */
final class PlanDocx {

    /** A4 landscape, as plans print their appendix tables, with 2 cm margins, in twentieths of a point. */
    private static final int PAGE_WIDTH = 16_838;
    private static final int PAGE_HEIGHT = 11_906;
    private static final int MARGIN = 1_134;
    private static final int TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
    private static final String FONT = "Liberation Serif";
    /** The widest letter of 10 pt Liberation Serif ("M", "Đ") and a cell's left and right padding, in twentieths of a point. */
    private static final int CHARACTER = 150;
    private static final int MARGINS = 300;
    /** A column no wider than this for one long word (a URL, a row of dashes), which may then wrap at a hyphen. */
    private static final int MAX_WORD_WIDTH = 3_000;

    private final Normalizer.Form form;

    /** @param form how the text is typed: NFC (precomposed) or NFD ("Unicode tổ hợp", decomposed diacritics) */
    PlanDocx(Normalizer.Form form) {
        this.form = form;
    }

    byte[] write(List<String> lines) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            List<List<String>> table = new ArrayList<>();
            for (String line : lines) {
                if (line.contains("\t")) {
                    table.add(List.of(line.split("\t", -1)));
                    continue;
                }
                if (!table.isEmpty()) {
                    table(document, table);
                    table.clear();
                }
                run(document.createParagraph(), line, 12);
            }
            if (!table.isEmpty()) {
                table(document, table);
            }
            landscape(document);
            document.write(out);
            return out.toByteArray();
        }
    }

    private static void landscape(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr() : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        size.setOrient(STPageOrientation.LANDSCAPE);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        BigInteger margin = BigInteger.valueOf(MARGIN);
        margins.setTop(margin);
        margins.setBottom(margin);
        margins.setLeft(margin);
        margins.setRight(margin);
    }

    private void table(XWPFDocument document, List<List<String>> rows) {
        int[] widths = widths(rows);
        XWPFTable table = document.createTable();
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = r == 0 ? table.getRow(0) : table.createRow();
            List<String> cells = rows.get(r);
            while (row.getTableCells().size() > cells.size()) {
                row.removeCell(row.getTableCells().size() - 1);
            }
            while (row.getTableCells().size() < cells.size()) {
                row.addNewTableCell();
            }
            for (int c = 0; c < cells.size(); c++) {
                XWPFTableCell cell = row.getCell(c);
                cell.setWidth(String.valueOf(widths[c]));
                run(cell.getParagraphs().get(0), cells.get(c), 10);
            }
        }
        table.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setLeftBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setRightBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
    }

    /**
     * Column widths: each wide enough for its longest word (a narrower column would break a word in two, which no
     * reader can undo), the rest in proportion to the text each column holds.
     */
    private static int[] widths(List<List<String>> rows) {
        int columns = rows.stream().mapToInt(List::size).max().orElse(1);
        int[] widths = new int[columns];
        double[] weight = new double[columns];
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                weight[c] += row.get(c).length();
                for (String word : row.get(c).split("\\s+")) {
                    widths[c] = Math.max(widths[c], Math.min(MAX_WORD_WIDTH, MARGINS + word.length() * CHARACTER));
                }
            }
        }
        double total = 0;
        int spare = TEXT_WIDTH;
        for (int c = 0; c < columns; c++) {
            weight[c] = Math.sqrt(weight[c] + 1);
            total += weight[c];
            spare -= widths[c];
        }
        for (int c = 0; c < columns; c++) {
            widths[c] += (int) (Math.max(0, spare) * weight[c] / total);
        }
        return widths;
    }

    private void run(XWPFParagraph paragraph, String text, int size) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setText(Normalizer.normalize(text, form));
    }
}
