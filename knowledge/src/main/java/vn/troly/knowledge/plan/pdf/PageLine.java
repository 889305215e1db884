package vn.troly.knowledge.plan.pdf;

/**
 * A line of body text on a page.
 *
 * @param top  the baseline's distance from the top of the page
 * @param text the line's text
 */
record PageLine(double top, String text) {
}
