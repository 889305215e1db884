package vn.troly.knowledge.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Normalises Vietnamese text: one Unicode form, one tone placement, plain dashes and spaces; and folds it for matching. */
public final class VietnameseNormalizer {

    /** Folded form of every character up to U+1FFF (Latin, Vietnamese): computed once, it makes folding a table lookup. */
    private static final char[] FOLDED = foldTable();
    private static final String TONED_FINALS = "áàảãạéèẻẽẹýỳỷỹỵÁÀẢÃẠÉÈẺẼẸÝỲỶỸỴ";

    /**
     * NFC with old/new tone placement unified (hoá and hóa both become hóa, thuỷ becomes thủy), invisible characters
     * removed, no-break spaces as spaces and every dash as "-". Line breaks and tabs are kept: tables depend on them.
     */
    public String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        String nfc = hasCombiningMarks(text) ? Normalizer.normalize(text, Normalizer.Form.NFC) : text;
        StringBuilder out = null;
        int n = nfc.length();
        for (int i = 0; i < n; i++) {
            char c = nfc.charAt(i);
            if (c < '\u00A0') {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            String replacement = replacement(c);
            if (replacement == null && isTonedFinal(c) && movesTone(nfc, i)) {
                replacement = "";
            }
            if (replacement == null) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(n).append(nfc, 0, i);
            }
            if (replacement.isEmpty() && isTonedFinal(c)) {
                // tone moves from the last vowel (hoá) to the one before it (hóa)
                String parts = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                out.setCharAt(out.length() - 1, Normalizer.normalize(out.charAt(out.length() - 1) + parts.substring(1),
                        Normalizer.Form.NFC).charAt(0));
                out.append(parts.charAt(0));
            } else {
                out.append(replacement);
            }
        }
        return out == null ? nfc : out.toString();
    }

    /** Lower case without diacritics (đ becomes d), after {@link #normalize}: the form every match compares. */
    public String fold(String text) {
        String normal = normalize(text);
        char[] chars = new char[normal.length()];
        int length = 0;
        for (int i = 0; i < normal.length(); i++) {
            char c = normal.charAt(i);
            if (c < FOLDED.length) {
                char f = FOLDED[c];
                if (f != 0) {
                    chars[length++] = f;
                }
            } else {
                chars[length++] = Character.toLowerCase(c);
            }
        }
        unifyFinalY(chars, length);
        return new String(chars, 0, length);
    }

    /**
     * "ký"/"kí", "tỷ"/"tỉ", "lý"/"lí", "mỹ"/"mĩ" are both in use: a y that ends a word right after consonants folds to i.
     * ("quy", "tuy", "ay" keep their y: a vowel stands before it.)
     */
    private static void unifyFinalY(char[] chars, int length) {
        int start = 0;
        for (int i = 0; i <= length; i++) {
            boolean letter = i < length && Character.isLetter(chars[i]);
            if (letter) {
                continue;
            }
            if (i - start >= 2 && chars[i - 1] == 'y') {
                boolean consonants = true;
                for (int k = start; k < i - 1 && consonants; k++) {
                    consonants = "bcdghklmnpqrstvx".indexOf(chars[k]) >= 0;
                }
                if (consonants) {
                    chars[i - 1] = 'i';
                }
            }
            start = i + 1;
        }
    }

    /**
     * A pattern written in folded form ("chu ky so"), spelled the way {@link #fold} spells text ("chu ki so"), so
     * hand-written patterns keep matching whatever the i/y spelling of the message. A word written with diacritics
     * ("đạt") loses them, as in folded text; ASCII is left as it is (regular expressions' escapes keep their case).
     */
    public String foldPattern(String pattern) {
        char[] chars = normalize(pattern).toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= 128 && c < FOLDED.length && FOLDED[c] != 0) {
                chars[i] = FOLDED[c];
            }
        }
        unifyFinalY(chars, chars.length);
        return new String(chars);
    }

    /** Lower case with diacritics kept, after {@link #normalize}: the form exact matches compare. */
    public String lower(String text) {
        return normalize(text).toLowerCase(Locale.ROOT);
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

    /** Text without combining marks is already composed (for every script this assistant reads). */
    private static boolean hasCombiningMarks(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0300' && c <= '\u036F') {
                return true;
            }
        }
        return false;
    }

    private static boolean isTonedFinal(char c) {
        return c >= '\u00C0' && TONED_FINALS.indexOf(c) >= 0;
    }

    private static String replacement(char c) {
        return switch (c) {
            case '\u00A0', '\u2007', '\u202F', '\u2002', '\u2003', '\u2009' -> " ";
            case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD' -> "";
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> "-";
            default -> null;
        };
    }

    /** A toned a/e/y ending a word after o/o/u (oa, oe, uy; not "quy"): the tone belongs on the first vowel. */
    private static boolean movesTone(String text, int i) {
        if (i == 0 || (i + 1 < text.length() && Character.isLetter(text.charAt(i + 1)))) {
            return false;
        }
        char base = FOLDED[text.charAt(i)];
        char before = Character.toLowerCase(text.charAt(i - 1));
        if (base == 'y') {
            return before == 'u' && !(i >= 2 && Character.toLowerCase(text.charAt(i - 2)) == 'q');
        }
        return before == 'o';
    }

    private static char[] foldTable() {
        char[] table = new char[0x2000];
        for (char c = 0; c < table.length; c++) {
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            String lower = String.valueOf(c).toLowerCase(Locale.ROOT);
            String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
            char base = lower.length() == 1 ? decomposed.charAt(0) : c;
            table[c] = base == 'đ' ? 'd' : base;
        }
        return table;
    }
}
