package vn.troly.knowledge.plan.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of one table row as drawn on one page.
 *
 * @param cells the cells' texts, a spanning cell followed by an empty text per further column it covers
 * @param edges the left edge of each drawn cell, to tell whether a row on the next page has the same columns
 */
record RowText(List<String> cells, List<Double> edges) {

    /** How far apart the same column may be drawn on two pages. */
    private static final double SAME_COLUMN = 2;

    /** The corpus's line shape: cells separated by tabs. */
    String line() {
        // A row of one cell would not contain a tab and be lost as a table row, as in DocxReader.
        return cells.size() == 1 ? cells.get(0) + "\t" : String.join("\t", cells);
    }

    boolean sameColumns(RowText other) {
        if (edges.size() != other.edges.size() || cells.size() != other.cells.size()) {
            return false;
        }
        for (int i = 0; i < edges.size(); i++) {
            if (Math.abs(edges.get(i) - other.edges.get(i)) > SAME_COLUMN) {
                return false;
            }
        }
        return true;
    }

    /** This row with the rest of it from the next page appended cell by cell. */
    RowText joined(RowText rest) {
        List<String> joined = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            joined.add((cells.get(i) + " " + rest.cells.get(i)).strip());
        }
        return new RowText(joined, edges);
    }
}
