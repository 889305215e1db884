package vn.troly.knowledge.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How much of a question a row holds (its rarity-weighted words), and whether the row lacks a distinctive term of it.
 * An everyday term the thesaurus replaced counts through whichever of its plan terms the row uses: a row about "cổng
 * thông tin điện tử" is not short of "trang" because "website" could also have meant "trang thông tin điện tử".
 */
final class Coverage {

    /** How much of the term as asked another of its plan terms stands for ("công chức" for "cán bộ"). */
    private static final double SIBLING_SHARE = 0.75;

    private final List<QueryTerms.Unit> units;
    private final List<String> words;
    private final double[] rarity;
    /** Distinctive terms among the plain words: two neighbouring words, both rare ("ngân hàng", "15 tuổi"). */
    private final List<int[]> plainTerms = new ArrayList<>();
    /** Per unit, per alternative: the distinctive terms within that plan term. */
    private final List<List<List<int[]>>> unitTerms = new ArrayList<>();

    /**
     * @param words       the question's folded words
     * @param rarity      each word's weight
     * @param distinctive whether each word is rare enough to name a thing
     * @param bigrams     the question's neighbouring plain words
     */
    Coverage(List<String> words, List<QueryTerms.Unit> units, double[] rarity, boolean[] distinctive, List<String> bigrams) {
        this.units = units;
        this.words = words;
        this.rarity = rarity;
        boolean[] plain = new boolean[words.size()];
        for (QueryTerms.Unit unit : units) {
            if (!unit.replaced()) {
                unit.alternatives().forEach(a -> plain[a.words()[0]] = true);
            }
        }
        for (String bigram : bigrams) {
            String[] pair = bigram.split(" ");
            int a = pair.length == 2 ? words.indexOf(pair[0]) : -1;
            int b = pair.length == 2 ? words.indexOf(pair[1]) : -1;
            if (a >= 0 && b >= 0 && a != b && plain[a] && plain[b] && distinctive[a] && distinctive[b]) {
                plainTerms.add(new int[]{a, b});
            }
        }
        for (QueryTerms.Unit unit : units) {
            List<List<int[]>> perAlternative = new ArrayList<>();
            for (QueryTerms.Alternative a : unit.alternatives()) {
                int[] alternative = a.words();
                List<int[]> terms = new ArrayList<>();
                for (int k = 1; unit.replaced() && k < alternative.length; k++) {
                    if (distinctive[alternative[k - 1]] && distinctive[alternative[k]]) {
                        terms.add(new int[]{alternative[k - 1], alternative[k]});
                    }
                }
                perAlternative.add(terms);
            }
            unitTerms.add(perAlternative);
        }
    }

    /**
     * The share of the question's weight that a row with these words holds, 0 to 1.
     *
     * @param written the plan terms' neighbouring words that the row has side by side
     */
    double of(boolean[] has, Set<String> written) {
        double covered = 0;
        double total = 0;
        for (QueryTerms.Unit unit : units) {
            // the alternative the row holds best; on a tie (none at all, say) the first, the plan's own term
            double bestShare = -1;
            double bestCovered = 0;
            double bestTotal = 0;
            for (int k = 0; k < unit.alternatives().size(); k++) {
                double c = 0;
                double t = 0;
                QueryTerms.Alternative alternative = unit.alternatives().get(k);
                Set<String> together = new HashSet<>();
                alternative.phrase().stream().filter(written::contains).forEach(b -> together.addAll(List.of(b.split(" "))));
                for (int i : alternative.words()) {
                    t += rarity[i];
                    boolean inPlace = alternative.phrase().isEmpty() || together.contains(words.get(i));
                    c += has[i] && inPlace ? rarity[i] : 0;
                }
                // beside the term as asked, which the plans use too, another plan term is a near miss
                if (unit.asAsked() >= 0 && k != unit.asAsked()) {
                    c *= SIBLING_SHARE;
                }
                double share = t == 0 ? 0 : c / t;
                if (share > bestShare) {
                    bestShare = share;
                    bestCovered = c;
                    bestTotal = t;
                }
            }
            covered += bestCovered;
            total += bestTotal;
        }
        return total == 0 ? 0 : covered / total;
    }

    /** Whether the row writes every everyday term asked ("dùng lại") whole in one of its plan terms ("sử dụng lại"). */
    boolean holdsEverydayTerms(boolean[] has, Set<String> written) {
        return units.stream().filter(QueryTerms.Unit::replaced)
                .allMatch(unit -> unit.alternatives().stream().anyMatch(a -> holds(a, has, written)));
    }

    private static boolean holds(QueryTerms.Alternative alternative, boolean[] has, Set<String> written) {
        for (int i : alternative.words()) {
            if (!has[i]) {
                return false;
            }
        }
        return written.containsAll(alternative.phrase());
    }

    /**
     * Whether the row has neither word of some distinctive term: of the plain words, or of every plan term of a
     * replaced everyday term.
     */
    boolean lacksTerm(boolean[] has) {
        if (plainTerms.stream().anyMatch(t -> !has[t[0]] && !has[t[1]])) {
            return true;
        }

        for (List<List<int[]>> alternatives : unitTerms) {
            boolean everyLacks = !alternatives.isEmpty();
            for (List<int[]> terms : alternatives) {
                everyLacks &= terms.stream().anyMatch(t -> !has[t[0]] && !has[t[1]]);
            }
            if (everyLacks) {
                return true;
            }
        }
        return false;
    }
}
