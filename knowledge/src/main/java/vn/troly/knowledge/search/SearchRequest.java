package vn.troly.knowledge.search;

import java.util.Set;

/**
 * A search over the plans.
 *
 * @param text      the words to look for, as the user wrote them
 * @param communeId only this commune's plans, or null for all
 * @param kinds     the kinds of entry wanted (empty means all)
 * @param limit     how many hits at most
 */
public record SearchRequest(String text, String communeId, Set<DocKind> kinds, int limit) {

    public SearchRequest {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        limit = Math.max(1, Math.min(limit, 1000));
    }

    public static SearchRequest of(String text, String communeId, int limit) {
        return new SearchRequest(text, communeId, Set.of(), limit);
    }
}
