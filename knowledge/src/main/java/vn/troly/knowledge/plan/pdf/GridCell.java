package vn.troly.knowledge.plan.pdf;

import java.awt.geom.Rectangle2D;

/**
 * One cell of a ruled table.
 *
 * @param column    index of the first grid column it covers
 * @param span      grid columns it covers
 * @param box       its area on the page (top-left origin)
 * @param continued whether it is the lower part of a cell merged downwards (no border above it): its text belongs
 *                  to the cell above
 */
record GridCell(int column, int span, Rectangle2D box, boolean continued) {
}
