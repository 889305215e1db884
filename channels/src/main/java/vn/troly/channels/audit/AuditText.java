package vn.troly.channels.audit;

/** Text cut to what a column of the trail holds, without characters a database refuses. */
final class AuditText {

    private AuditText() {
    }

    /** Control characters (NUL included) and lone surrogates become spaces; null stays null. */
    static String bounded(String text, int max) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), max));
        for (int i = 0; i < text.length() && out.length() < max; i++) {
            char ch = text.charAt(i);
            if (Character.isHighSurrogate(ch) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (out.length() + 2 > max) {
                    break;
                }
                out.append(ch).append(text.charAt(++i));
            } else if (Character.isSurrogate(ch) || Character.isISOControl(ch)) {
                out.append(' ');
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }
}
