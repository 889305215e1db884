package vn.troly.knowledge.text;

/** Whitespace clean-up, hand-rolled: it runs on every line and cell, where a regex costs more than the parse. */
public final class Spaces {

    private Spaces() {
    }

    /** Every run of white space as one space, trimmed. */
    public static String collapse(String text) {
        int n = text.length();
        StringBuilder out = null;
        boolean pendingSpace = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean space = Character.isWhitespace(c) || c == '\u00A0';
            if (out == null) {
                // stay on the original string while it is already clean
                boolean clean = !space || (c == ' ' && i > 0 && i < n - 1 && !isSpace(text.charAt(i + 1)) && !isSpace(text.charAt(i - 1)));
                if (clean) {
                    continue;
                }
                out = new StringBuilder(n).append(text, 0, i);
            }
            if (space) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        if (out == null) {
            return text;
        }
        return out.toString();
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0';
    }
}
