package vn.troly.knowledge.text;

import java.util.Locale;
import java.util.regex.Pattern;

/** Masks citizen ID numbers, phone numbers and e-mail addresses before text is logged or stored. */
public final class PersonalData {

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.[\\p{L}]{2,}");
    /** 12-digit citizen identity numbers (CCCD), also written in groups. */
    private static final Pattern CITIZEN_ID = Pattern.compile("(?<!\\d|\\d[.,])\\d{3}[ .-]?\\d{3}[ .-]?\\d{6}(?!\\d|[.,]\\d)");
    /** Vietnamese mobile and landline numbers, local (0…) or international (+84 / 84…), with spaces, dots or dashes. */
    private static final Pattern PHONE = Pattern.compile("(?<!\\d|\\d[.,])(?:\\+?84|0)(?:[ .-]?\\d){8,10}(?!\\d|[.,]\\d)");
    private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)\\S+|tlx_[A-Za-z0-9_-]+|(?<!\\d)\\d{6,}:[A-Za-z0-9_-]{20,}");

    /** The fewest digits of a number to mask: a phone number, 0 and eight digits. */
    private static final int MIN_NUMBER = 9;

    private PersonalData() {
    }

    public static String mask(String text) {
        if (text == null || text.isEmpty() || !mayHold(text)) {
            return text;
        }
        // each expression runs only where what it cannot match without is present: the e-mail expression tries every
        // letter of an answer as the start of an address, and the number ones every digit of a year range
        String out = text.indexOf('@') < 0 ? text : EMAIL.matcher(text).replaceAll("[email]");
        if (mayHoldToken(out)) {
            out = BEARER.matcher(out).replaceAll(m -> m.group(1) != null ? m.group(1) + "[token]" : "[token]");
        }
        if (digitRun(out) < MIN_NUMBER) {
            return out;
        }
        out = CITIZEN_ID.matcher(out).replaceAll("[số định danh]");
        return digitRun(out) < MIN_NUMBER ? out : PHONE.matcher(out).replaceAll("[số điện thoại]");
    }

    /** "bearer" or "tlx_" in any case, or a colon right after six digits: what a token expression needs. */
    private static boolean mayHoldToken(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("bearer") || lower.contains("tlx_")) {
            return true;
        }
        for (int colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
            int digits = 0;
            while (digits < 6 && colon - digits > 0 && Character.isDigit(text.charAt(colon - digits - 1))) {
                digits++;
            }
            if (digits == 6) {
                return true;
            }
        }
        return false;
    }

    /**
     * The most digits in a row with at most one space, dot or dash between two of them, the only way an ID number
     * (12 digits) or a phone number (at least 9) is written.
     */
    private static int digitRun(String text) {
        int most = 0;
        int digits = 0;
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                most = Math.max(most, ++digits);
                gap = false;
            } else if (!gap && digits > 0 && (c == ' ' || c == '.' || c == '-')) {
                gap = true;
            } else {
                digits = 0;
                gap = false;
            }
        }
        return most;
    }

    /**
     * One pass over the text: every pattern needs an "@", a run of eight digits (separators allowed), a colon after six
     * digits (a bot token), "_" or "bearer". Most messages and answers have none, and skip the regular expressions.
     */
    private static boolean mayHold(String text) {
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++digits >= 8) {
                    return true;
                }
            } else if (c == '@' || c == '_' || c == ':' && digits >= 6) {
                return true;
            } else if ((c == 'b' || c == 'B') && text.regionMatches(true, i, "bearer", 0, 6)) {
                return true;
            } else if (c != ' ' && c != '.' && c != '-' && c != '+') {
                digits = 0;
            }
        }
        return false;
    }
}
