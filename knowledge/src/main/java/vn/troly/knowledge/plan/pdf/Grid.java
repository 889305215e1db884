package vn.troly.knowledge.plan.pdf;

import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * A ruled table found on one page.
 *
 * @param bounds the area its borders enclose (top-left origin)
 * @param rows   its rows from top to bottom, each its cells from left to right
 */
record Grid(Rectangle2D bounds, List<List<GridCell>> rows) {
}
