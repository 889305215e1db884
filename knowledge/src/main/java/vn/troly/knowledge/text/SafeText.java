package vn.troly.knowledge.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one rule for text that enters the service: how long a field may be and which characters it may hold. Characters
 * refused are those no person types but that break storage or mislead a reader: NUL and other control characters
 * (PostgreSQL refuses NUL, a spreadsheet runs what follows a tab), lone surrogates (not UTF-8, so not valid JSON once
 * written), the replacement character (what is left of text sent in a broken encoding), bidirectional overrides (they make "bao-cao.exe" read as something else) and full-width ASCII look-alikes
 * ("＝1+1" escapes a formula check, "ｖｉｎｈ" an id check). {@link #clean} applies the same rule to text that must be kept
 * anyway, such as the audit trail.
 */
public final class SafeText {

    /** What is wrong with a field. */
    public enum Problem { TOO_LONG, FORBIDDEN_CHARACTER }

    /** Past this magnitude a figure is a typing accident or an attack, never an indicator's value. */
    public static final double ABSURD = 1e14;

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    private SafeText() {
    }

    /**
     * The first problem of a field, or empty when it may be stored; null is no problem (the field is absent).
     *
     * @param max       the longest the field may be, in characters (UTF-16 units, as the database columns count)
     * @param multiline whether newlines and tabs are allowed (notes and questions), or only one line (names, ids)
     */
    public static Optional<Problem> check(String text, int max, boolean multiline) {
        if (text == null) {
            return Optional.empty();
        }
        if (text.length() > max) {
            return Optional.of(Problem.TOO_LONG);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (forbidden(c, multiline)) {
                return Optional.of(Problem.FORBIDDEN_CHARACTER);
            }
        }
        return Optional.empty();
    }

    /**
     * The text with every forbidden character replaced by a space and cut to {@code max} characters without splitting a
     * pair of surrogates: what is kept of text that cannot be refused. Newlines and tabs stay only in multiline text.
     */
    public static String clean(String text, int max, boolean multiline) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), max));
        for (int i = 0; i < text.length() && out.length() < max; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (out.length() + 2 > max) {
                    break;
                }
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(forbidden(c, multiline) ? ' ' : c);
            }
        }
        return out.toString();
    }

    /** Whether a figure is too large (either sign) to be anything's value, or not a number at all. */
    public static boolean absurd(double number) {
        return Double.isNaN(number) || Math.abs(number) >= ABSURD;
    }

    /** A day written yyyy-MM-dd in a month {@link #month} accepts; empty otherwise ("2026-02-30", "2026-11"). */
    public static Optional<LocalDate> day(String text) {
        String t = text == null ? "" : text.strip();
        if (t.length() != 10 || t.charAt(7) != '-') {
            return Optional.empty();
        }
        return month(t.substring(0, 7)).flatMap(m -> {
            try {
                if (!t.substring(8).chars().allMatch(Character::isDigit)) {
                    return Optional.empty();
                }
                int d = Integer.parseInt(t.substring(8));
                return m.isValidDay(d) ? Optional.of(m.atDay(d)) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    /** A month written yyyy-MM with a year from 2000 to 2100; empty otherwise ("+999999999-12", "2026-13", "26-11"). */
    public static Optional<YearMonth> month(String text) {
        var m = MONTH.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            return Optional.empty();
        }
        try {
            return Optional.of(YearMonth.of(year, Integer.parseInt(m.group(2))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static boolean forbidden(char c, boolean multiline) {
        if (c == '\n' || c == '\t' || c == '\r') {
            return !multiline;
        }
        // a surrogate reaching here has no partner
        return Character.isISOControl(c) || Character.isSurrogate(c)
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                || (c >= '\uFF01' && c <= '\uFF60') || c == '\uFFFD' || c == '\uFFFE' || c == '\uFFFF';
    }
}
