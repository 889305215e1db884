package vn.troly.knowledge.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import vn.troly.knowledge.text.VietnameseAnalyzer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import static vn.troly.knowledge.search.KnowledgeIndex.BODY;
import static vn.troly.knowledge.search.KnowledgeIndex.TITLE;

/**
 * A question's terms looked up in the index once: the search, the presence checks over the rows found and the
 * rarity weights all ask for the same terms, and each lookup walks the terms dictionary of every segment, the
 * costliest part of a search (a profile of the benchmark put 40% of search time there).
 */
final class TermLookup {

    private final IndexSearcher searcher;
    private final Map<Term, TermStates> states = new HashMap<>();
    private final Map<String, Integer> docFreqs = new HashMap<>();

    TermLookup(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    /** A query for the term that reuses its lookup. */
    TermQuery query(String field, String term) {
        Term t = new Term(field, term);
        return new TermQuery(t, states(t));
    }

    /** In how many entries a folded word stands, in the title or the body. */
    int docFreq(String word) {
        return docFreq(VietnameseAnalyzer.FOLDED, word);
    }

    /** In how many entries two folded words stand side by side ("ngan hang"), in the title or the body. */
    int pairFreq(String bigram) {
        return docFreq(VietnameseAnalyzer.BIGRAMS, bigram);
    }

    private int docFreq(String suffix, String term) {
        return docFreqs.computeIfAbsent(suffix + ":" + term, k -> Math.max(states(new Term(TITLE + suffix, term)).docFreq(),
                states(new Term(BODY + suffix, term)).docFreq()));
    }

    private TermStates states(Term term) {
        return states.computeIfAbsent(term, t -> {
            try {
                return TermStates.build(searcher, t, true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
