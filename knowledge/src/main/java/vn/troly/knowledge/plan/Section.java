package vn.troly.knowledge.plan;

import java.util.List;

/**
 * One heading of the plan body with the text under it, for retrieval and citation.
 *
 * @param id        stable id within the plan
 * @param number    heading number as printed ("I", "1", "2.1", "a"), or empty for unnumbered headings
 * @param heading   heading text
 * @param path      headings from the top of the tree down to this one, joined for display
 * @param text      body text under this heading (not including child headings)
 * @param startLine first line (1-based)
 * @param endLine   last line
 */
public record Section(String id, String number, String heading, List<String> path, String text, int startLine,
                      int endLine) {
}
