package vn.troly.knowledge.search;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The analyzer's tokens of texts read again and again: reading a question analyses the thesaurus' everyday and plan
 * terms it holds each time, the same few hundred texts for every question. The analyzer never changes, so their tokens
 * do not either.
 */
final class CachedTokens implements QueryTerms.Tokens {

    /** Texts kept: the thesaurus' terms many times over; questions' own texts fill it up, and a full cache starts afresh. */
    private static final int MAX_TEXTS = 20_000;

    private record Key(String suffix, String text) {
    }

    private final QueryTerms.Tokens analyzer;
    private final Map<Key, List<String>> known = new ConcurrentHashMap<>();

    CachedTokens(QueryTerms.Tokens analyzer) {
        this.analyzer = analyzer;
    }

    @Override
    public List<String> of(String suffix, String text) {
        Key key = new Key(suffix, text);
        List<String> tokens = known.get(key);
        if (tokens != null) {
            return tokens;
        }
        tokens = List.copyOf(analyzer.of(suffix, text));
        if (known.size() >= MAX_TEXTS) {
            known.clear();
        }
        known.putIfAbsent(key, tokens);
        return tokens;
    }
}
