package vn.troly.assistant.compose;

import vn.troly.knowledge.text.Spaces;

/** Quoted passages of the plans and guides, cut to what an answer on a phone can show. */
public final class Excerpt {

    private Excerpt() {
    }

    /** The text with its spaces collapsed, cut at a word before {@code max} characters and marked " …" when cut. */
    public static String of(String text, int max) {
        String clean = Spaces.collapse(text);
        return clean.length() <= max ? clean : clean.substring(0, clean.lastIndexOf(' ', max)) + " …";
    }
}
