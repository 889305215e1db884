package vn.troly.assistant.understand;

import vn.troly.knowledge.text.Spaces;
import vn.troly.knowledge.text.VietnameseNormalizer;

/** First step: one Unicode form, no control or invisible characters, bounded length. */
public final class Sanitizer {

    /** Longer messages are cut: no real question needs more, and a 50 KB paste must not slow everyone down. */
    public static final int MAX_LENGTH = 1000;

    private final VietnameseNormalizer normalizer;

    public Sanitizer(VietnameseNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    public String clean(String text) {
        if (text == null) {
            return "";
        }
        String cut = text.length() > MAX_LENGTH * 4 ? text.substring(0, MAX_LENGTH * 4) : text;
        StringBuilder out = new StringBuilder(cut.length());
        cut.codePoints().forEach(c -> {
            int type = Character.getType(c);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.PRIVATE_USE
                    || type == Character.SURROGATE || type == Character.UNASSIGNED) {
                out.append(c == '\n' || c == '\t' || c == '\r' ? " " : "");
            } else {
                out.appendCodePoint(c);
            }
        });
        String clean = Spaces.collapse(normalizer.normalize(out.toString()));
        return clean.length() > MAX_LENGTH ? clean.substring(0, MAX_LENGTH) : clean;
    }
}
