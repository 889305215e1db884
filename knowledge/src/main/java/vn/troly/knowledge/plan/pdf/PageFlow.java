package vn.troly.knowledge.plan.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays the pages' text lines and tables end to end as the lines of one document. A row that the page break cut in
 * two (the next page's table opens with a row whose first cell is empty and whose columns are the same) is joined
 * back before the table reader sees it: the table reader would merge a cut data row too, but not a cut header row.
 */
final class PageFlow {

    private final List<PageBlock> blocks = new ArrayList<>();

    /** Adds a page's blocks, in their order on the page. */
    void addPage(List<PageBlock> page) {
        int first = 0;
        if (!page.isEmpty() && page.get(0) instanceof PageBlock.Table next && !blocks.isEmpty()
                && blocks.get(blocks.size() - 1) instanceof PageBlock.Table previous) {
            List<RowText> rows = new ArrayList<>(previous.rows());
            List<RowText> more = new ArrayList<>(next.rows());
            RowText last = rows.get(rows.size() - 1);
            if (!more.isEmpty() && more.get(0).cells().get(0).isEmpty() && last.sameColumns(more.get(0))) {
                rows.set(rows.size() - 1, last.joined(more.remove(0)));
            }
            rows.addAll(more);
            blocks.set(blocks.size() - 1, new PageBlock.Table(previous.top(), rows));
            first = 1;
        }
        blocks.addAll(page.subList(first, page.size()));
    }

    List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (PageBlock block : blocks) {
            if (block instanceof PageBlock.Text text) {
                lines.add(text.line());
            } else if (block instanceof PageBlock.Table table) {
                // Blank lines around a table, as DocxReader writes them: they end no table, text lines do.
                lines.add("");
                table.rows().forEach(row -> lines.add(row.line()));
                lines.add("");
            }
        }
        return lines;
    }
}
