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

    private PersonalData() {
    }

    public static String mask(String text) {
        if (text == null || text.isEmpty() || !mayHold(text)) {
            return text;
        }
        // each expression runs only where the character it cannot match without is present: the e-mail expression
        // tries every letter of an answer as the start of an address, which cost 4% of a chat request's CPU
        String out = text.indexOf('@') < 0 ? text : EMAIL.matcher(text).replaceAll("[email]");
        if (out.indexOf('_') >= 0 || out.indexOf(':') >= 0 || out.toLowerCase(Locale.ROOT).contains("bearer")) {
            out = BEARER.matcher(out).replaceAll(m -> m.group(1) != null ? m.group(1) + "[token]" : "[token]");
        }
        if (!digitRun(out)) {
            return out;
        }
        out = CITIZEN_ID.matcher(out).replaceAll("[số định danh]");
        return digitRun(out) ? PHONE.matcher(out).replaceAll("[số điện thoại]") : out;
    }

    /** Eight digits in a row, spaces, dots, dashes and plus signs between them allowed: an ID or a phone number may be there. */
    private static boolean digitRun(String text) {
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++digits >= 8) {
                    return true;
                }
            } else if (c != ' ' && c != '.' && c != '-' && c != '+') {
                digits = 0;
            }
        }
        return false;
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
