package vn.troly.knowledge.search;

import vn.troly.knowledge.text.Thesaurus;
import vn.troly.knowledge.text.VietnameseAnalyzer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The question's meaningful words as search reads them, after the thesaurus put plan terms in place of everyday ones.
 * The words outside those terms are plain: each counts on its own. A replaced term counts through the best of its
 * plan terms (its alternatives), in ranking as in coverage, so a row is not favoured for holding several of them.
 *
 * @param folded       every folded word, each once, question words removed
 * @param exact        the plain words with diacritics
 * @param bigrams      every pair of neighbouring words (whether some stand together in a row)
 * @param plainBigrams the neighbouring plain words (ranking, distinctive terms)
 * @param units        what coverage counts: one unit per plain word, one per everyday term replaced
 */
record QueryTerms(List<String> folded, List<String> exact, List<String> bigrams, List<String> plainBigrams,
                  List<Unit> units) {

    /**
     * A plain word (one alternative of one word), or an everyday term replaced by its plan terms.
     *
     * @param asAsked the alternative that is the term as asked ("tập huấn", which plans use too, beside "bồi dưỡng"):
     *                it alone ranks rows, its siblings only count for coverage; -1 when none is
     */
    record Unit(List<Alternative> alternatives, boolean replaced, int asAsked) {
    }

    /**
     * One plan term.
     *
     * @param words   indexes into {@code folded}, in order
     * @param bigrams its neighbouring words, to rank by
     * @param phrase  its neighbouring words as the plan term writes them: a word of the term counts only where a row
     *                has it beside its neighbour in the term, not scattered ("sử dụng … lại" is not "sử dụng lại")
     */
    record Alternative(int[] words, List<String> bigrams, List<String> phrase) {
    }

    /** @param tokens the analyzer's tokens of a text in the title field, in the form the suffix names */
    static QueryTerms read(String text, Thesaurus thesaurus, Set<String> stopwords, Tokens tokens) {
        Thesaurus.Rewrite rewrite = thesaurus.rewrite(text);
        List<String> folded = words(rewrite.text(), stopwords, tokens);
        // the plain words' neighbours, with a term the plans use as asked kept in place ("cán bộ chuyên trách")
        List<String> plainBigrams = bigrams(rewrite.plain(), stopwords, tokens);
        List<String> exact = new ArrayList<>(new LinkedHashSet<>(tokens.of(VietnameseAnalyzer.EXACT, rewrite.plain())));
        List<Unit> units = new ArrayList<>();
        Set<String> asAskedWords = new LinkedHashSet<>();
        rewrite.replacements().stream().filter(Thesaurus.Replacement::asAsked)
                .forEach(r -> asAskedWords.addAll(tokens.of(VietnameseAnalyzer.FOLDED, r.everyday())));
        for (String word : words(rewrite.plain(), stopwords, tokens)) {
            if (folded.contains(word) && !asAskedWords.contains(word)) {
                units.add(new Unit(List.of(new Alternative(new int[]{folded.indexOf(word)}, List.of(), List.of())), false, 0));
            }
        }
        if (rewrite.replacements().isEmpty()) {
            return new QueryTerms(folded, exact, plainBigrams, plainBigrams, units);
        }
        for (Thesaurus.Replacement replacement : rewrite.replacements()) {
            List<Alternative> alternatives = new ArrayList<>();
            List<String> everyday = tokens.of(VietnameseAnalyzer.FOLDED, replacement.everyday());
            int asAsked = -1;
            for (String planTerm : replacement.planTerms()) {
                int[] words = words(planTerm, stopwords, tokens).stream().mapToInt(folded::indexOf).filter(i -> i >= 0).toArray();
                if (words.length == 0) {
                    continue;
                }
                if (replacement.asAsked() && tokens.of(VietnameseAnalyzer.FOLDED, planTerm).equals(everyday)) {
                    // its neighbouring words are the question's own
                    asAsked = alternatives.size();
                    alternatives.add(new Alternative(words, List.of(), bigrams(planTerm, stopwords, tokens)));
                } else {
                    List<String> phrase = bigrams(planTerm, stopwords, tokens);
                    alternatives.add(new Alternative(words, phrase, phrase));
                }
            }
            if (!alternatives.isEmpty()) {
                units.add(new Unit(alternatives, true, asAsked));
            }
        }
        Set<String> bigrams = new LinkedHashSet<>(bigrams(rewrite.text(), stopwords, tokens));
        bigrams.addAll(plainBigrams);
        return new QueryTerms(folded, exact, new ArrayList<>(bigrams), plainBigrams, units);
    }

    private static List<String> words(String text, Set<String> stopwords, Tokens tokens) {
        List<String> words = new ArrayList<>(new LinkedHashSet<>(tokens.of(VietnameseAnalyzer.FOLDED, text)));
        words.removeIf(stopwords::contains);
        return words;
    }

    /** Neighbouring words, but not two question words ("là gì"). */
    private static List<String> bigrams(String text, Set<String> stopwords, Tokens tokens) {
        Set<String> bigrams = new LinkedHashSet<>();
        for (String bigram : tokens.of(VietnameseAnalyzer.BIGRAMS, text)) {
            String[] pair = bigram.split(" ");
            if (pair.length == 2 && !(stopwords.contains(pair[0]) && stopwords.contains(pair[1]))) {
                bigrams.add(bigram);
            }
        }
        return new ArrayList<>(bigrams);
    }

    /** The analyzer, for one form of the title field. */
    @FunctionalInterface
    interface Tokens {
        List<String> of(String suffix, String text);
    }
}
