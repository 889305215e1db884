package vn.troly.knowledge.plan.pdf;

/**
 * A horizontal or vertical line drawn on a page, in page coordinates with the origin at the top left (as text
 * positions are).
 *
 * @param horizontal whether the line runs across the page
 * @param position   its y when horizontal, its x when vertical
 * @param start      where it starts along its direction (the smaller x or y)
 * @param end        where it ends along its direction
 */
record Ruling(boolean horizontal, double position, double start, double end) {

    /** Whether this line, a little extended, crosses or touches the other. */
    boolean meets(Ruling other, double tolerance) {
        if (horizontal == other.horizontal) {
            return Math.abs(position - other.position) <= tolerance
                    && start <= other.end + tolerance && other.start <= end + tolerance;
        }
        return other.position >= start - tolerance && other.position <= end + tolerance
                && position >= other.start - tolerance && position <= other.end + tolerance;
    }

    /** Whether the line passes the point at {@code along} in its direction. */
    boolean covers(double along, double tolerance) {
        return along >= start - tolerance && along <= end + tolerance;
    }
}
