package vn.troly.knowledge.search;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Which of the rows found have each of a question's words or word pairs: each term's postings walked once over the
 * rows in index order, instead of looked up again for every row.
 */
final class TermPresence {

    private TermPresence() {
    }

    /** A term to test rows for, unscored. */
    static Weight weight(IndexSearcher searcher, Query term) throws IOException {
        return searcher.createWeight(searcher.rewrite(term), ScoreMode.COMPLETE_NO_SCORES, 1);
    }

    /** Per row found (in the order given), per term: whether the row has it. */
    static boolean[][] of(List<Weight> terms, ScoreDoc[] rows, List<LeafReaderContext> leaves) throws IOException {
        boolean[][] present = new boolean[rows.length][terms.size()];
        Integer[] order = new Integer[rows.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingInt(i -> rows[i].doc));
        for (int t = 0; t < terms.size(); t++) {
            int leafIndex = -1;
            DocIdSetIterator postings = null;
            for (int k : order) {
                int doc = rows[k].doc;
                int leaf = ReaderUtil.subIndex(doc, leaves);
                if (leaf != leafIndex) {
                    leafIndex = leaf;
                    Scorer scorer = terms.get(t).scorer(leaves.get(leaf));
                    postings = scorer == null ? null : scorer.iterator();
                }
                if (postings == null) {
                    continue;
                }
                int target = doc - leaves.get(leaf).docBase;
                int at = postings.docID() < target ? postings.advance(target) : postings.docID();
                present[k][t] = at == target;
            }
        }
        return present;
    }
}
