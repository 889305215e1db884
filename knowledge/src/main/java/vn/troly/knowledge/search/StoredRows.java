package vn.troly.knowledge.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static vn.troly.knowledge.search.KnowledgeIndex.COMMUNE;
import static vn.troly.knowledge.search.KnowledgeIndex.DISPLAY;
import static vn.troly.knowledge.search.KnowledgeIndex.ID;
import static vn.troly.knowledge.search.KnowledgeIndex.KIND;
import static vn.troly.knowledge.search.KnowledgeIndex.PLAN;

/**
 * The stored fields of the rows one searcher finds, each read once: reading a row decompresses the whole block of
 * rows around it, which a profile of the chat load benchmark put at about 5% of a request's CPU for the eight rows of
 * every search. The searcher's view never changes, so a row read holds for as long as it is in use.
 */
final class StoredRows {

    /** What a hit shows of its row. */
    record Row(DocKind kind, String id, String communeId, String planId, String display) {
    }

    /** Rows kept, a few hundred bytes each: the rows questions keep finding; a full cache starts afresh. */
    private static final int MAX_ROWS = 20_000;

    private final IndexSearcher searcher;
    private final Map<Integer, Row> rows = new ConcurrentHashMap<>();

    StoredRows(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    Row row(int doc) throws IOException {
        Row known = rows.get(doc);
        if (known != null) {
            return known;
        }
        Document stored = searcher.storedFields().document(doc);
        Row read = new Row(DocKind.valueOf(stored.get(KIND)), stored.get(ID), stored.get(COMMUNE), stored.get(PLAN),
                stored.get(DISPLAY));
        if (rows.size() >= MAX_ROWS) {
            rows.clear();
        }
        rows.put(doc, read);
        return read;
    }
}
