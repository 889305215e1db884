package vn.troly.knowledge.plan;

import java.util.List;

/**
 * One logical table row after page-break fragments are merged.
 *
 * @param cells     cell texts (still with any inline HTML), indexed like the header
 * @param startLine first source line
 * @param endLine   last source line
 */
public record TableRow(List<String> cells, int startLine, int endLine) {

    public String cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }
}
