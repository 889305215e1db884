package vn.troly.knowledge.search;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import vn.troly.knowledge.text.VietnameseAnalyzer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static vn.troly.knowledge.search.KnowledgeIndex.BODY;
import static vn.troly.knowledge.search.KnowledgeIndex.TITLE;

/**
 * The terms of one searcher's view of the index, each looked up once for every question asked of it: the search, the
 * presence checks over the rows found and the rarity weights all ask for the same terms, and each lookup walks the
 * terms dictionary of every segment, the costliest part of a search. A searcher's view never changes, so a lookup
 * holds for as long as the searcher is in use, and questions about the same topics (most of them) share it: a profile
 * of the chat load benchmark put 10–13% of a request's CPU in doing the lookups afresh for every question.
 */
final class TermLookup {

    /**
     * Terms kept, about 200 bytes each: far more than the plans' own words in questions, so a cache that fills up has
     * taken in typos and chatter, and starts afresh rather than keep them.
     */
    private static final int MAX_TERMS = 50_000;

    private final IndexSearcher searcher;
    private final Map<Term, TermStates> states = new ConcurrentHashMap<>();

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
        return Math.max(states(new Term(TITLE + suffix, term)).docFreq(), states(new Term(BODY + suffix, term)).docFreq());
    }

    private TermStates states(Term term) {
        TermStates known = states.get(term);
        if (known != null) {
            return known;
        }
        TermStates built = build(term);
        if (states.size() >= MAX_TERMS) {
            states.clear();
        }
        TermStates raced = states.putIfAbsent(term, built);
        return raced == null ? built : raced;
    }

    private TermStates build(Term term) {
        try {
            TermStates built = TermStates.build(searcher, term, true);
            // segments without the term are otherwise looked up lazily on first use: done now, a shared lookup is only read
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                built.get(leaf);
            }
            return built;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
