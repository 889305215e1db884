package vn.troly.knowledge.plan.pdf;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Text as a PDF yields it, made comparable with typed text. */
final class PdfStrings {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");
    /** A line that ends in a hyphen right after a letter or digit: the word goes on, as in "VH-" / "XH". */
    private static final Pattern HYPHEN_BREAK = Pattern.compile("(?<=[\\p{L}\\p{N}][-–])[ \\t]*\\R\\s*");

    private PdfStrings() {
    }

    /**
     * One line of precomposed text: line breaks and tabs become spaces, runs of spaces one. Plans typed with
     * "Unicode tổ hợp" extract as letters followed by combining marks, which no search or comparison expects.
     */
    static String clean(String text) {
        return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").strip();
    }

    /** A table cell's text on one line: Word wraps after a hyphen inside a word ("2026-2030"), so there no space. */
    static String cell(String text) {
        return clean(HYPHEN_BREAK.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(""));
    }
}
