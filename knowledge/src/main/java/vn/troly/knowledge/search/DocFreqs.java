package vn.troly.knowledge.search;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import vn.troly.knowledge.text.VietnameseAnalyzer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import static vn.troly.knowledge.search.KnowledgeIndex.BODY;
import static vn.troly.knowledge.search.KnowledgeIndex.TITLE;

/**
 * In how many entries a folded word stands (title or body), looked up once per question: search asks it when joining
 * split terms, ranking, allowing typos and weighing rarity.
 */
final class DocFreqs {

    private final IndexReader reader;
    private final Map<String, Integer> known = new HashMap<>();

    DocFreqs(IndexReader reader) {
        this.reader = reader;
    }

    int of(String word) {
        return known.computeIfAbsent(word, w -> {
            try {
                return Math.max(reader.docFreq(new Term(TITLE + VietnameseAnalyzer.FOLDED, w)),
                        reader.docFreq(new Term(BODY + VietnameseAnalyzer.FOLDED, w)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
