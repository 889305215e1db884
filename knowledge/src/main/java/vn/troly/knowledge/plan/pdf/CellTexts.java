package vn.troly.knowledge.plan.pdf;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripperByArea;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the text of each cell of a page's tables. Each cell is read by PDFBox within its own borders, so a cell's
 * wrapped lines stay together and keep their diacritics (a scan's cells are read by OCR, see {@link ScanPages}).
 */
final class CellTexts {

    /** The rows of each grid, in the order given. */
    List<List<RowText>> read(PDPage page, List<Grid> grids) throws IOException {
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        stripper.setSortByPosition(true);
        for (int g = 0; g < grids.size(); g++) {
            List<List<GridCell>> rows = grids.get(g).rows();
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    stripper.addRegion(region(g, r, c), rows.get(r).get(c).box());
                }
            }
        }
        stripper.extractRegions(page);
        List<List<RowText>> tables = new ArrayList<>();
        for (int g = 0; g < grids.size(); g++) {
            int grid = g;
            tables.add(rows(grids.get(g).rows(), (r, c) -> stripper.getTextForRegion(region(grid, r, c))));
        }
        return tables;
    }

    /** Where a cell's text comes from: PDFBox's text within its borders, or what OCR read in its image. */
    interface Source {
        String text(int row, int cell);
    }

    /** The rows of one grid, with each cell's raw text from the source. */
    static List<RowText> rows(List<List<GridCell>> rows, Source source) {
        List<List<String>> texts = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < rows.get(r).size(); c++) {
                GridCell cell = rows.get(r).get(c);
                String text = PdfStrings.cell(source.text(r, c));
                if (cell.continued() && !text.isEmpty()) {
                    appendAbove(texts, rows, r, cell, text);
                    text = "";
                }
                cells.add(cell.continued() ? "" : text);
                for (int extra = 1; extra < cell.span(); extra++) {
                    cells.add("");
                }
            }
            texts.add(cells);
        }
        List<RowText> lines = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            lines.add(new RowText(texts.get(r), rows.get(r).stream().map(cell -> cell.box().getMinX()).toList()));
        }
        return lines;
    }

    /** Text in the lower part of a merged cell continues the text of the cell where the merge starts. */
    private static void appendAbove(List<List<String>> texts, List<List<GridCell>> rows, int r, GridCell cell, String text) {
        for (int above = r - 1; above >= 0; above--) {
            List<GridCell> row = rows.get(above);
            for (int c = 0; c < row.size(); c++) {
                GridCell candidate = row.get(c);
                if (candidate.column() == cell.column() && !candidate.continued()) {
                    List<String> cells = texts.get(above);
                    int index = textIndex(row, c);
                    cells.set(index, (cells.get(index) + " " + text).strip());
                    return;
                }
            }
        }
    }

    /** Index of a cell's text in its row's line, where spanning cells take one slot per column they cover. */
    private static int textIndex(List<GridCell> row, int cell) {
        int index = 0;
        for (int c = 0; c < cell; c++) {
            index += row.get(c).span();
        }
        return index;
    }

    private static String region(int grid, int row, int cell) {
        return grid + ":" + row + ":" + cell;
    }
}
