package vn.troly.channels.output;

import java.util.ArrayList;
import java.util.List;

/** Cuts plain text into messages a channel accepts: at a line end where possible, else at a space. */
public final class TextSplitter {

    private TextSplitter() {
    }

    /**
     * Pieces of at most {@code max} characters, none blank; a cut never falls between the halves of a surrogate pair,
     * so an emoji or a rare character is never broken into two invalid halves.
     */
    public static List<String> split(String text, int max) {
        if (max < 2) {
            throw new IllegalArgumentException("max must be at least 2");
        }
        List<String> parts = new ArrayList<>();
        String rest = text == null ? "" : text.strip();
        while (rest.length() > max) {
            int cut = cutPoint(rest, max);
            String head = rest.substring(0, cut).stripTrailing();
            if (!head.isEmpty()) {
                parts.add(head);
            }
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isEmpty() || parts.isEmpty()) {
            parts.add(rest);
        }
        return parts;
    }

    /** Where to cut a text to at most {@code max} characters: at a line break, else a space, in its second half. */
    public static int cutPoint(String text, int max) {
        // a cut at index max keeps text[0, max): the break character itself may sit at max
        int cut = text.lastIndexOf('\n', max);
        if (cut < max / 2) {
            cut = text.lastIndexOf(' ', max);
        }
        if (cut < max / 2) {
            cut = max;
        }
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return cut;
    }
}
