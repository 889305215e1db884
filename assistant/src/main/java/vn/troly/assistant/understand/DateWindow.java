package vn.troly.assistant.understand;

import java.time.LocalDate;

/**
 * A span of dates a question asks about.
 *
 * @param from    first day
 * @param to      last day
 * @param kind    month, quarter, year, soon or overdue
 * @param label   how the answer names it
 */
public record DateWindow(LocalDate from, LocalDate to, Kind kind, String label) {

    /** How the window was stated. */
    public enum Kind { MONTH, QUARTER, YEAR, SOON, OVERDUE, UNTIL }

    public boolean contains(LocalDate date) {
        return date != null && !date.isBefore(from) && !date.isAfter(to);
    }
}
