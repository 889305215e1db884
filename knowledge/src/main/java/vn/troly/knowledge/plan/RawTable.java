package vn.troly.knowledge.plan;

import java.util.List;

/**
 * A table found in a plan, with the appendix it belongs to.
 *
 * @param appendix      appendix heading ("Phụ lục I"), or null when the table is in the body
 * @param appendixIndex 1-based index of the appendix in the document (0 for the body)
 * @param caption       the text between the appendix heading and the table (title and "Kèm theo …" line)
 * @param header        header cells
 * @param headerLine    line of the header
 * @param rows          merged rows
 */
public record RawTable(String appendix, int appendixIndex, String caption, List<String> header, int headerLine,
                       List<TableRow> rows) {
}
