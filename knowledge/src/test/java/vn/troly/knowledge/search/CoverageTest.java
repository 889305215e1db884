package vn.troly.knowledge.search;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A plan term's words count where a row writes them side by side, not where its syllables are scattered. */
class CoverageTest {

    private static final List<String> WORDS = List.of("su", "dung", "lai", "ho", "so");
    private static final double[] RARITY = {1, 1, 2, 1, 1};
    private static final boolean[] ALL = {true, true, true, true, true};

    private static Coverage coverage() {
        QueryTerms.Unit reuse = new QueryTerms.Unit(List.of(new QueryTerms.Alternative(new int[]{0, 1, 2}, List.of("su dung", "dung lai"),
                List.of("su dung", "dung lai"))), true, -1);
        QueryTerms.Unit ho = new QueryTerms.Unit(List.of(new QueryTerms.Alternative(new int[]{3}, List.of(), List.of())), false, 0);
        QueryTerms.Unit so = new QueryTerms.Unit(List.of(new QueryTerms.Alternative(new int[]{4}, List.of(), List.of())), false, 0);
        return new Coverage(WORDS, List.of(reuse, ho, so), RARITY, new boolean[5], List.of("ho so"));
    }

    @Test
    void aTermWrittenWholeCountsWhole() {
        assertEquals(1.0, coverage().of(ALL, Set.of("su dung", "dung lai")), 1e-9);
    }

    @Test
    void scatteredSyllablesCountOnlyWhereTheyStandTogether() {
        // "sử dụng chữ ký số … dùng cho": "sử dụng" side by side, "lại" elsewhere
        assertEquals(4.0 / 6, coverage().of(ALL, Set.of("su dung")), 1e-9);
        assertEquals(2.0 / 6, coverage().of(ALL, Set.of()), 1e-9);
        assertTrue(coverage().of(ALL, Set.of("su dung")) < coverage().of(ALL, Set.of("su dung", "dung lai")));
    }
}
