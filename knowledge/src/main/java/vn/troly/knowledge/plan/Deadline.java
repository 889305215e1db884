package vn.troly.knowledge.plan;

import java.time.LocalDate;

/**
 * A deadline as written and as understood.
 *
 * @param raw   the cell text
 * @param kind  what shape the text has
 * @param start first day of the window (null when none)
 * @param end   last day by which the work is due (null for recurring or free text)
 */
public record Deadline(String raw, Kind kind, LocalDate start, LocalDate end) {

    /** Shapes of deadline text met in plans. */
    public enum Kind { DATE, MONTH, QUARTER, YEAR, RANGE, RECURRING, TEXT }

    public boolean recurring() {
        return kind == Kind.RECURRING;
    }
}
