package vn.troly.knowledge.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/** Normalises Vietnamese text: one Unicode form, one tone placement, plain dashes and spaces; and folds it for matching. */
public final class VietnameseNormalizer {

    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

    /**
     * NFC with old/new tone placement unified (hoá and hóa both become hóa, thuỷ becomes thủy), invisible characters
     * removed, no-break spaces as spaces and every dash as "-". Line breaks and tabs are kept: tables depend on them.
     */
    public String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                word.append(c);
                continue;
            }
            flushWord(word, out);
            switch (c) {
                case '\u00A0', '\u2007', '\u202F', '\u2002', '\u2003', '\u2009' -> out.append(' ');
                case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD' -> { }
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> out.append('-');
                default -> out.append(c);
            }
        }
        flushWord(word, out);
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /** Lower case without diacritics (đ becomes d), after {@link #normalize}: the form every match compares. */
    public String fold(String text) {
        String decomposed = Normalizer.normalize(normalize(text).toLowerCase(java.util.Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            out.append(c == 'đ' ? 'd' : c);
        }
        return out.toString();
    }

    /** Lower case with diacritics kept, after {@link #normalize}: the form exact matches compare. */
    public String lower(String text) {
        return normalize(text).toLowerCase(java.util.Locale.ROOT);
    }

    /** The words of a text folded: letters and digits, split on everything else. */
    public List<String> foldedWords(String text) {
        List<String> words = new ArrayList<>();
        for (String w : fold(text).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    /** Moves the tone of a word ending in oa, oe or uy (no final consonant) onto the first vowel of the pair. */
    private static void flushWord(StringBuilder word, StringBuilder out) {
        if (word.length() == 0) {
            return;
        }
        char tone = 0;
        StringBuilder base = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (TONES.indexOf(c) >= 0) {
                tone = c;
            } else {
                base.append(c);
            }
        }
        if (tone == 0) {
            out.append(word);
            word.setLength(0);
            return;
        }
        int target = pairStart(base);
        if (target < 0) {
            out.append(word);
        } else {
            // the tone goes right after the letter and its own marks
            int insert = target + 1;
            while (insert < base.length() && Character.getType(base.charAt(insert)) == Character.NON_SPACING_MARK) {
                insert++;
            }
            base.insert(insert, tone);
            out.append(base);
        }
        word.setLength(0);
    }

    /** Index of the first vowel of a final oa/oe/uy pair, or -1. */
    private static int pairStart(CharSequence base) {
        String plain = base.toString().toLowerCase(java.util.Locale.ROOT);
        int n = plain.length();
        if (n < 2) {
            return -1;
        }
        char last = plain.charAt(n - 1);
        char before = plain.charAt(n - 2);
        boolean pair = (before == 'o' && (last == 'a' || last == 'e')) || (before == 'u' && last == 'y');
        if (!pair) {
            return -1;
        }
        // "qu" and "gi" are consonants: quý keeps its tone on y
        if (n >= 3 && before == 'u' && plain.charAt(n - 3) == 'q') {
            return -1;
        }
        return n - 2;
    }
}
