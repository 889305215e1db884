package vn.troly.assistant.parse;

import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The month a folded question names: "tháng 11", "tháng 11/2026", "tháng 11-2026", "tháng 11 năm 2026" (and
 * "tháng 11 2026", as a question's words read once punctuation is gone). Only the first
 * "tháng …" counts, as people name the month they mean first; a number that is no month names none.
 */
public final class MonthParser {

    private static final Pattern MONTH = Pattern.compile("thang (\\d{1,2})(?:(?:\\s*(?:/|-|nam)\\s*|\\s+)(20\\d{2}))?");

    private MonthParser() {
    }

    /** A month found in a text, where its words are, and whether the text gave its year. */
    public record Found(YearMonth month, int start, int end, boolean yearGiven) {
    }

    /** @param year the year a month named without one falls in (this year, as a rule) */
    public static Optional<YearMonth> find(String folded, int year) {
        return locate(folded, year).map(Found::month);
    }

    /** The first "tháng …" of the text, with its place; none when its number is no month. */
    public static Optional<Found> locate(String folded, int year) {
        Matcher m = MONTH.matcher(folded);
        if (!m.find()) {
            return Optional.empty();
        }
        int month = Integer.parseInt(m.group(1));
        if (month < 1 || month > 12) {
            return Optional.empty();
        }
        boolean given = m.group(2) != null;
        return Optional.of(new Found(YearMonth.of(given ? Integer.parseInt(m.group(2)) : year, month), m.start(), m.end(), given));
    }
}
