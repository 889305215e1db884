package vn.troly.knowledge.search;

import vn.troly.knowledge.text.Thesaurus;
import vn.troly.knowledge.text.VietnameseAnalyzer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The question's meaningful words as search reads them, after the thesaurus put plan terms in place of everyday ones.
 *
 * @param folded  folded words, each once, question words removed
 * @param exact   words with diacritics
 * @param bigrams folded neighbouring words
 * @param units   what coverage counts: one unit per plain word, and one per everyday term replaced, whose
 *                alternatives are the words of each of its plan terms (indexes into {@code folded})
 */
record QueryTerms(List<String> folded, List<String> exact, List<String> bigrams, List<Unit> units) {

    /**
     * What coverage counts as one: a plain word (one alternative of one word), or an everyday term replaced.
     *
     * @param alternatives indexes into {@code folded} of the words of each plan term, in order
     */
    record Unit(List<int[]> alternatives, boolean replaced) {
    }

    /** @param tokens the analyzer's tokens of a text in the title field, in the form the suffix names */
    static QueryTerms read(String text, Thesaurus thesaurus, Set<String> stopwords, Tokens tokens) {
        Thesaurus.Rewrite rewrite = thesaurus.rewrite(text);
        String question = rewrite.text();
        List<String> folded = new ArrayList<>(new LinkedHashSet<>(tokens.of(VietnameseAnalyzer.FOLDED, question)));
        folded.removeIf(stopwords::contains);
        Set<String> exact = new LinkedHashSet<>(tokens.of(VietnameseAnalyzer.EXACT, question));
        Set<String> bigrams = new LinkedHashSet<>();
        for (String bigram : tokens.of(VietnameseAnalyzer.BIGRAMS, question)) {
            String[] pair = bigram.split(" ");
            if (pair.length == 2 && !(stopwords.contains(pair[0]) && stopwords.contains(pair[1]))) {
                bigrams.add(bigram);
            }
        }
        List<Unit> units = new ArrayList<>();
        Set<Integer> replaced = new HashSet<>();
        for (Thesaurus.Replacement replacement : rewrite.replacements()) {
            List<int[]> alternatives = new ArrayList<>();
            for (String planTerm : replacement.planTerms()) {
                int[] words = tokens.of(VietnameseAnalyzer.FOLDED, planTerm).stream().filter(w -> !stopwords.contains(w))
                        .mapToInt(folded::indexOf).filter(i -> i >= 0).distinct().toArray();
                if (words.length > 0) {
                    alternatives.add(words);
                    for (int i : words) {
                        replaced.add(i);
                    }
                }
            }
            if (!alternatives.isEmpty()) {
                units.add(new Unit(alternatives, true));
            }
        }
        // a word both asked and brought in by a plan term counts once, with the plan term
        for (int i = 0; i < folded.size(); i++) {
            if (!replaced.contains(i)) {
                units.add(new Unit(List.of(new int[]{i}), false));
            }
        }
        return new QueryTerms(folded, new ArrayList<>(exact), new ArrayList<>(bigrams), units);
    }

    /** The analyzer, for one form of the title field. */
    @FunctionalInterface
    interface Tokens {
        List<String> of(String suffix, String text);
    }
}
