package vn.troly.knowledge.search;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What the questions asked of one searcher share. A searcher reads an unchanging point-in-time view of the index, so
 * its terms, its rows and each word's query, once worked out, hold for every question until the index changes and a
 * new searcher (with a new view) takes over.
 */
final class SearcherView {

    /** Word queries kept: as for terms, a full cache has taken in typos and chatter, and starts afresh. */
    private static final int MAX_WORDS = 20_000;

    private final IndexSearcher searcher;
    private final IndexSearcher unscored;
    private final TermLookup terms;
    private final StoredRows rows;
    private final Map<String, Query> words = new ConcurrentHashMap<>();

    SearcherView(IndexSearcher searcher) {
        this.searcher = searcher;
        this.terms = new TermLookup(searcher);
        this.rows = new StoredRows(searcher);
        // presence tests ask whether a handful of rows hold a term: nothing worth caching, while the query cache would
        // track and wrap every such term (a profile of the chat benchmark put 7% of a request's CPU in that wrapping)
        this.unscored = new IndexSearcher(searcher.getIndexReader());
        unscored.setQueryCache(null);
        unscored.setSimilarity(searcher.getSimilarity());
    }

    boolean isFor(IndexSearcher other) {
        return other == searcher;
    }

    TermLookup terms() {
        return terms;
    }

    StoredRows rows() {
        return rows;
    }

    /** The same view, for unscored presence tests of a few rows, without the query cache. */
    IndexSearcher unscored() {
        return unscored;
    }

    /**
     * A word's query, rewritten: a word no plan has is searched with one edit allowed, and expanding that walks the
     * terms dictionary through an automaton, once per word rather than twice per question (search, then presence).
     */
    Query word(String word, Function<String, Query> query) {
        Query known = words.get(word);
        if (known != null) {
            return known;
        }
        Query rewritten;
        try {
            rewritten = searcher.rewrite(query.apply(word));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (words.size() >= MAX_WORDS) {
            words.clear();
        }
        Query raced = words.putIfAbsent(word, rewritten);
        return raced == null ? rewritten : raced;
    }
}
