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

    /** How far ahead "sắp đến hạn" looks when the question names no date. */
    private static final int SOON_DAYS = 60;

    /** The next {@value #SOON_DAYS} days: what "sắp đến hạn" means when the question names no date. */
    public static DateWindow soon(LocalDate today) {
        return new DateWindow(today, today.plusDays(SOON_DAYS), Kind.SOON, String.valueOf(SOON_DAYS));
    }

    public boolean contains(LocalDate date) {
        return date != null && !date.isBefore(from) && !date.isAfter(to);
    }
}
