package vn.troly.channels.audit;

/**
 * One cell of an exported CSV, safe to open in a spreadsheet: always quoted, and defused when a spreadsheet would read
 * it as a formula. Excel and LibreOffice skip leading spaces, tabs, line breaks and other control characters before
 * looking for "=", "+", "-" or "@", and accept the full-width forms too, so all of those count as leading.
 */
public final class CsvCell {

    private static final String FORMULA_START = "=+-@\uFF1D\uFF0B\uFF0D\uFF20";

    private CsvCell() {
    }

    /** The quoted cell; empty for null. */
    public static String of(String value) {
        if (value == null) {
            return "";
        }
        String v = formula(value) ? "'" + value : value;
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }

    /** Whether the first character that is not whitespace or a control character starts a formula. */
    static boolean formula(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                continue;
            }
            return FORMULA_START.indexOf(c) >= 0;
        }
        return false;
    }
}
