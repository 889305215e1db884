package vn.troly.assistant.citizen;

import java.util.Set;

/**
 * Small typos in a question's words ("hướng dẫnn", "khai sinhh", "thuong trus"): a word no card has, one edit away from
 * one word the cards have, is read as that word. Short words are left alone: one edit turns them into other words.
 */
final class Typos {

    private static final int MIN_LENGTH = 4;

    private final Set<String> known;

    Typos(Set<String> known) {
        this.known = Set.copyOf(known);
    }

    String correct(String word) {
        if (known.contains(word) || word.length() < MIN_LENGTH) {
            return word;
        }
        String found = null;
        for (String k : known) {
            if (Math.abs(k.length() - word.length()) <= 1 && k.length() >= MIN_LENGTH - 1 && oneEdit(word, k)) {
                if (found != null) {
                    // two words as near: no telling which was meant
                    return word;
                }
                found = k;
            }
        }
        return found == null ? word : found;
    }

    /** Whether one insertion, deletion, substitution or swap of neighbours turns a into b. */
    static boolean oneEdit(String a, String b) {
        if (a.length() == b.length()) {
            int first = -1;
            int diffs = 0;
            for (int i = 0; i < a.length(); i++) {
                if (a.charAt(i) != b.charAt(i)) {
                    diffs++;
                    first = first < 0 ? i : first;
                }
            }
            if (diffs == 1) {
                return true;
            }
            return diffs == 2 && first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1)
                    && a.charAt(first + 1) == b.charAt(first);
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = a.length() > b.length() ? b : a;
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        return longer.substring(i + 1).equals(shorter.substring(i));
    }
}
