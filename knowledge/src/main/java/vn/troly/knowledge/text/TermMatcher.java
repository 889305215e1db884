package vn.troly.knowledge.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Finds known terms in text, word by word and longest first, on the folded form (case, diacritics and hyphens or
 * spaces inside a term do not matter: "VH-XH", "VH - XH", "vhxh"). The one matcher behind the synonym table and the
 * thesaurus. A term may ask to be written a certain way where the folded form is ambiguous: in capitals ("AI" is
 * not "ai", who), or with đ ("gđ" is not "GD", giáo dục).
 */
final class TermMatcher {

    private final VietnameseNormalizer normalizer;
    /** Terms by their first word, longest first; each term also under its words run together ("vhxh"). */
    private final Map<String, List<Term>> byFirstWord = new HashMap<>();

    /** A term found: its characters {@code [start, end)} in the folded text and its key. */
    record Match(int start, int end, String key) {
    }

    /**
     * A term to find.
     *
     * @param words    its folded words
     * @param capitals it counts only where written in capitals, in a text that is not all in capitals
     * @param dStroke  it counts only where written with đ, unless the text has no diacritics at all
     * @param spelled its words as written, lower case, when some have diacritics (else empty): a word the text writes
     *                with other diacritics is another word ("chỉ" is not the "chị" of "chị em")
     */
    record Term(List<String> words, boolean capitals, boolean dStroke, List<String> spelled) {
        Term(List<String> words, boolean capitals, boolean dStroke) {
            this(words, capitals, dStroke, List.of());
        }

        String key() {
            return TermMatcher.key(words);
        }
    }

    TermMatcher(VietnameseNormalizer normalizer, Collection<Term> terms) {
        this.normalizer = normalizer;
        for (Term term : terms) {
            if (term.words.isEmpty()) {
                continue;
            }
            add(term.words.get(0), term);
            if (term.words.size() > 1) {
                add(term.key(), new Term(List.of(term.key()), term.capitals, term.dStroke));
            }
        }
        byFirstWord.values().forEach(list -> list.sort(Comparator.comparingInt((Term t) -> t.words.size()).reversed()));
    }

    /** The key a term is known by: its folded words run together. */
    static String key(List<String> words) {
        return String.join("", words);
    }

    /** Written entirely in capitals, at least two letters ("AI", "IT"). */
    static boolean inCapitals(String written) {
        return written.chars().filter(Character::isLetter).count() >= 2 && written.chars().noneMatch(Character::isLowerCase);
    }

    private void add(String firstWord, Term term) {
        byFirstWord.computeIfAbsent(firstWord, k -> new ArrayList<>()).add(term);
    }

    /**
     * Every term in a text, left to right, the longest at each place, none overlapping.
     *
     * @param text   the text as written (its case and diacritics decide the terms that must be written a certain way)
     * @param folded {@code normalizer.fold(text)}, where the matches' positions are
     */
    List<Match> find(String text, String folded) {
        return find(text, folded, m -> true);
    }

    /** Like {@link #find(String, String)}; a match {@code accept} refuses gives way to a shorter term at its place. */
    List<Match> find(String text, String folded, Predicate<Match> accept) {
        List<int[]> spans = wordSpans(folded);
        List<Match> found = new ArrayList<>();
        Spelling[] spelling = new Spelling[1];
        for (int w = 0; w < spans.size(); w++) {
            List<Term> candidates = byFirstWord.get(word(folded, spans.get(w)));
            if (candidates == null) {
                continue;
            }
            for (Term term : candidates) {
                int last = match(folded, spans, w, term.words);
                if (last < 0) {
                    continue;
                }
                int start = spans.get(w)[0];
                int end = spans.get(last)[1];
                if (term.capitals || term.dStroke || !term.spelled.isEmpty()) {
                    // the written forms are worked out only when a term needs them: most texts have none
                    if (spelling[0] == null) {
                        spelling[0] = Spelling.of(normalizer, text, folded);
                    }
                    if (!spelling[0].allows(term, start, end) || !spelling[0].spellsAlike(term, folded, spans.subList(w, last + 1))) {
                        continue;
                    }
                }
                Match match = new Match(start, end, term.key());
                if (!accept.test(match)) {
                    continue;
                }
                found.add(match);
                w = last;
                break;
            }
        }
        return found;
    }

    /** The text as written, lined up with its folded form character by character (when {@code aligned}). */
    private record Spelling(String normal, String lower, boolean aligned, boolean hasLowerCase, boolean hasDiacritics) {

        static Spelling of(VietnameseNormalizer normalizer, String text, String folded) {
            String normal = normalizer.normalize(text);
            String lower = normalizer.lower(text);
            return new Spelling(normal, lower, normal.length() == folded.length() && lower.length() == folded.length(),
                    normal.chars().anyMatch(Character::isLowerCase), !lower.equals(folded));
        }

        /** Whether the text writes the term the way it must be written; when it cannot tell, it does not. */
        boolean allows(Term term, int start, int end) {
            if (!term.capitals && !term.dStroke) {
                return true;
            }
            if (!aligned) {
                return false;
            }
            // a text all in capitals says nothing about one word of it
            if (term.capitals && (!hasLowerCase || normal.substring(start, end).chars().anyMatch(Character::isLowerCase))) {
                return false;
            }
            return !term.dStroke || !hasDiacritics || lower.substring(start, end).indexOf('đ') >= 0;
        }

        /** Whether each word the text writes with diacritics is the term's word as spelled; when it cannot tell, it is. */
        boolean spellsAlike(Term term, String folded, List<int[]> words) {
            if (term.spelled.isEmpty() || !aligned || words.size() != term.spelled.size()) {
                return true;
            }
            for (int k = 0; k < words.size(); k++) {
                String asWritten = word(lower, words.get(k));
                if (!asWritten.equals(word(folded, words.get(k))) && !asWritten.equals(term.spelled.get(k))) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * The words of a term as written, lower case, when some have diacritics and they line up with its folded words;
     * otherwise empty (nothing to tell apart).
     */
    static List<String> spelled(VietnameseNormalizer normalizer, String term, List<String> words) {
        String lower = normalizer.lower(term);
        String folded = normalizer.fold(term);
        if (lower.equals(folded) || lower.length() != folded.length()) {
            return List.of();
        }
        List<String> spelled = wordSpans(folded).stream().map(span -> word(lower, span)).toList();
        return spelled.size() == words.size() ? spelled : List.of();
    }

    /** Index of the last word of the term starting at word {@code w}, or -1. */
    private static int match(String text, List<int[]> spans, int w, List<String> words) {
        if (w + words.size() > spans.size()) {
            return -1;
        }
        for (int k = 0; k < words.size(); k++) {
            int[] span = spans.get(w + k);
            if (!word(text, span).equals(words.get(k))) {
                return -1;
            }
            if (k > 0 && !joinable(text, spans.get(w + k - 1)[1], span[0])) {
                return -1;
            }
        }
        return w + words.size() - 1;
    }

    /** Words of a term may be separated by spaces and at most one hyphen ("VH - XH"). */
    private static boolean joinable(String text, int from, int to) {
        int hyphens = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '-') {
                hyphens++;
            } else if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return hyphens <= 1;
    }

    private static List<int[]> wordSpans(String text) {
        List<int[]> spans = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                spans.add(new int[]{start, i});
                start = -1;
            }
        }
        return spans;
    }

    private static String word(String text, int[] span) {
        return text.substring(span[0], span[1]);
    }
}
