package vn.troly.knowledge.search;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import vn.troly.knowledge.text.SynonymTable;
import vn.troly.knowledge.text.VietnameseAnalyzer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static vn.troly.knowledge.search.KnowledgeIndex.BODY;
import static vn.troly.knowledge.search.KnowledgeIndex.COMMUNE;
import static vn.troly.knowledge.search.KnowledgeIndex.KIND;
import static vn.troly.knowledge.search.KnowledgeIndex.TITLE;

/**
 * A question against the index: its words (everyday terms read as plan terms), the Lucene query that ranks rows, and
 * how much of the question each row found holds.
 */
final class QuestionSearch {

    private static final float TITLE_BOOST = 2.0f;
    private static final float BODY_BOOST = 0.5f;
    private static final float BIGRAM_BOOST = 1.5f;
    private static final float EXACT_BOOST = 0.25f;
    private static final float FUZZY_BOOST = 0.6f;
    /** Another plan term beside the one asked, which the plans use too: a near miss (as {@code Coverage} counts it). */
    private static final float SIBLING_BOOST = 0.3f;
    private static final int MIN_FUZZY_LENGTH = 4;
    private static final double COMMON_SHARE = 0.2;
    /**
     * Rarity (log(1 + entries / (df + 1))) from which a word is distinctive: in at most about one entry in twelve.
     * Two such words side by side name a thing ("ngân hàng"); an entry with neither is about something else, however
     * many common words it shares with the question.
     */
    private static final double DISTINCTIVE_RARITY = 2.5;

    private final SynonymTable synonyms;
    private final Set<String> stopwords;
    private final QueryTerms.Tokens tokens;
    /** What the questions asked of the current searcher share; replaced when the index changes. */
    private volatile SearcherView view;

    /**
     * @param stopwords question words
     * @param tokens    the index's analyzer, for the title field in the form a suffix names
     */
    QuestionSearch(SynonymTable synonyms, Set<String> stopwords, QueryTerms.Tokens tokens) {
        this.synonyms = synonyms;
        this.stopwords = stopwords;
        this.tokens = new CachedTokens(tokens);
    }

    /** The best entries for a question, most relevant first. */
    List<SearchHit> search(IndexSearcher searcher, SearchRequest request) throws IOException {
        SearcherView shared = view(searcher);
        TermLookup df = shared.terms();
        QueryTerms terms = QueryTerms.read(SplitTerms.join(request.text(), w -> df.docFreq(w) > 0), synonyms.thesaurus(), stopwords, tokens);
        if (terms.folded().isEmpty() && terms.bigrams().isEmpty()) {
            return List.of();
        }
        List<Query> perWord = new ArrayList<>();
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        int common = (int) (searcher.getIndexReader().numDocs() * COMMON_SHARE);
        boolean several = terms.folded().size() + terms.bigrams().size() > 1;
        for (String word : terms.folded()) {
            perWord.add(shared.word(word, w -> wordQuery(df, w)));
        }
        for (QueryTerms.Unit unit : terms.units()) {
            if (!unit.replaced()) {
                int word = unit.alternatives().get(0).words()[0];
                if (ranks(df, terms.folded().get(word), several, common)) {
                    query.add(perWord.get(word), BooleanClause.Occur.SHOULD);
                }
                continue;
            }
            // an everyday term replaced by its plan terms ranks a row by the one it holds best; a term the
            // plans use as asked ranks highest as asked, so rows in the question's own words come first, and a
            // commune whose plan words it otherwise is still found
            List<Query> alternatives = new ArrayList<>();
            for (int k = 0; k < unit.alternatives().size(); k++) {
                QueryTerms.Alternative alternative = unit.alternatives().get(k);
                BooleanQuery.Builder planTerm = new BooleanQuery.Builder();
                for (int word : alternative.words()) {
                    if (ranks(df, terms.folded().get(word), several, common)) {
                        planTerm.add(perWord.get(word), BooleanClause.Occur.SHOULD);
                    }
                }
                alternative.bigrams().forEach(b -> planTerm.add(bigramQuery(df, b), BooleanClause.Occur.SHOULD));
                boolean sibling = unit.asAsked() >= 0 && k != unit.asAsked();
                alternatives.add(sibling ? new BoostQuery(planTerm.build(), SIBLING_BOOST) : planTerm.build());
            }
            query.add(new DisjunctionMaxQuery(alternatives, 0f), BooleanClause.Occur.SHOULD);
        }
        for (String bigram : terms.plainBigrams()) {
            query.add(bigramQuery(df, bigram), BooleanClause.Occur.SHOULD);
        }
        for (String word : terms.exact()) {
            if (several && synonyms.isAbbreviation(word)) {
                continue;
            }
            query.add(new BoostQuery(fields(df, VietnameseAnalyzer.EXACT, word), EXACT_BOOST), BooleanClause.Occur.SHOULD);
        }
        filter(df, request).ifPresent(f -> query.add(f, BooleanClause.Occur.FILTER));
        TopDocs top = searcher.search(query.build(), request.limit());
        return hits(shared, top, terms, perWord);
    }

    private SearcherView view(IndexSearcher searcher) {
        SearcherView current = view;
        if (current == null || !current.isFor(searcher)) {
            current = new SearcherView(searcher);
            view = current;
        }
        return current;
    }

    /**
     * Whether a word ranks rows. A word in most entries ("tỷ", "lệ") ranks nothing and costs a full scan; its bigrams
     * still count. An abbreviation ranks through its expansion, which every row has whether it spells the term out or
     * not: scored itself, it would favour the rows that abbreviate over the one about the question.
     */
    private boolean ranks(TermLookup df, String word, boolean several, int common) {
        return !(several && df.docFreq(word) > common) && !(several && synonyms.isAbbreviation(word));
    }

    private static Query bigramQuery(TermLookup df, String bigram) {
        return new BoostQuery(fields(df, VietnameseAnalyzer.BIGRAMS, bigram), BIGRAM_BOOST);
    }

    private static Query wordQuery(TermLookup df, String word) {
        Query exact = fields(df, VietnameseAnalyzer.FOLDED, word);
        boolean known = df.docFreq(word) > 0;
        if (known || word.length() < MIN_FUZZY_LENGTH || !word.chars().allMatch(Character::isLetter)) {
            return exact;
        }
        // a word no plan contains is most likely a typo: accept one edit
        return new BoostQuery(new DisjunctionMaxQuery(List.of(
                new BoostQuery(new FuzzyQuery(new Term(TITLE + VietnameseAnalyzer.FOLDED, word), 1, 1), TITLE_BOOST),
                new FuzzyQuery(new Term(BODY + VietnameseAnalyzer.FOLDED, word), 1, 1)), 0.1f), FUZZY_BOOST);
    }


    /** The term in the title (boosted) or the body. */
    private static Query fields(TermLookup df, String suffix, String term) {
        if (suffix.equals(VietnameseAnalyzer.EXACT)) {
            return new BoostQuery(df.query(TITLE + suffix, term), TITLE_BOOST);
        }
        return new DisjunctionMaxQuery(List.of(
                new BoostQuery(df.query(TITLE + suffix, term), TITLE_BOOST),
                new BoostQuery(df.query(BODY + suffix, term), BODY_BOOST)), 0.1f);
    }

    /**
     * The commune and kinds asked for. Plan markers carry no text, so they never match and need no filter; with no
     * filter at all, the query stays a pure disjunction, which Lucene scores top-k without visiting every match.
     */
    private static Optional<Query> filter(TermLookup df, SearchRequest request) {
        BooleanQuery.Builder filter = new BooleanQuery.Builder();
        boolean any = false;
        if (request.communeId() != null) {
            filter.add(df.query(COMMUNE, request.communeId()), BooleanClause.Occur.FILTER);
            any = true;
        }
        if (!request.kinds().isEmpty() && request.kinds().size() < DocKind.values().length) {
            BooleanQuery.Builder kinds = new BooleanQuery.Builder();
            request.kinds().forEach(k -> kinds.add(df.query(KIND, k.name()), BooleanClause.Occur.SHOULD));
            filter.add(kinds.build(), BooleanClause.Occur.FILTER);
            any = true;
        }
        return any ? Optional.of(filter.build()) : Optional.empty();
    }

    private List<SearchHit> hits(SearcherView shared, TopDocs top, QueryTerms terms, List<Query> perWord) throws IOException {
        IndexSearcher searcher = shared.unscored();
        TermLookup df = shared.terms();
        List<String> words = terms.folded();
        List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
        int total = Math.max(1, searcher.getIndexReader().numDocs());
        List<Weight> weights = new ArrayList<>();
        double[] rarity = new double[words.size()];
        boolean[] distinctive = new boolean[words.size()];
        List<Weight> inName = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            weights.add(TermPresence.weight(searcher, perWord.get(i)));
            inName.add(TermPresence.weight(searcher, df.query(TITLE + VietnameseAnalyzer.FOLDED, words.get(i))));
            int entries = df.docFreq(words.get(i));
            rarity[i] = synonyms.isAbbreviation(words.get(i)) ? 0 : Math.log(1 + (double) total / (entries + 1));
            // a word no plan has is a typo or chatter, not a term the plans could lack
            distinctive[i] = entries > 0 && rarity[i] >= DISTINCTIVE_RARITY;
        }
        // a pair of words no plan writes side by side is the asker's own phrasing ("xem lại", "phải nộp"), not the
        // name of a thing that a row could lack
        List<String> named = terms.plainBigrams().stream().filter(b -> df.pairFreq(b) > 0).toList();
        Coverage coverage = new Coverage(words, terms.units(), rarity, distinctive, named);
        List<String> bigrams = terms.bigrams();
        List<Weight> pairs = new ArrayList<>();
        for (String bigram : bigrams) {
            // a technical term of letters and digits ("ipv6", "5g") stands on its own: it forms no compound with its
            // neighbour, so the two need not be side by side in a row ("IPv6 LAN" for "mạng nội bộ (LAN) … IPv6")
            if (Arrays.stream(bigram.split(" ")).anyMatch(QuestionSearch::standalone)) {
                continue;
            }
            pairs.add(TermPresence.weight(searcher, fields(df, VietnameseAnalyzer.BIGRAMS, bigram)));
        }
        List<Integer> technical = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (standalone(words.get(i)) && distinctive[i]) {
                technical.add(i);
            }
        }
        Map<String, Weight> phrases = new LinkedHashMap<>();
        for (QueryTerms.Unit unit : terms.units()) {
            for (QueryTerms.Alternative a : unit.alternatives()) {
                for (String b : a.phrase()) {
                    if (!phrases.containsKey(b)) {
                        phrases.put(b, TermPresence.weight(searcher, fields(df, VietnameseAnalyzer.BIGRAMS, b)));
                    }
                }
            }
        }
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<String> phraseNames = new ArrayList<>(phrases.keySet());
        StoredRows stored = shared.rows();
        boolean[][] wordIn = TermPresence.of(weights, top.scoreDocs, leaves);
        boolean[][] wordInName = TermPresence.of(inName, top.scoreDocs, leaves);
        boolean[][] phraseIn = TermPresence.of(new ArrayList<>(phrases.values()), top.scoreDocs, leaves);
        boolean[][] pairIn = TermPresence.of(pairs, top.scoreDocs, leaves);
        for (int k = 0; k < top.scoreDocs.length; k++) {
            ScoreDoc scoreDoc = top.scoreDocs[k];
            StoredRows.Row row = stored.row(scoreDoc.doc);
            boolean[] has = wordIn[k];
            Set<String> written = new HashSet<>();
            for (int p = 0; p < phraseNames.size(); p++) {
                if (phraseIn[k][p]) {
                    written.add(phraseNames.get(p));
                }
            }
            // a technical term the row holds names the thing on its own, like two words side by side
            boolean adjacent = pairs.isEmpty() || words.size() < 2 || technical.stream().anyMatch(i -> has[i]);
            for (int i = 0; i < pairs.size() && !adjacent; i++) {
                adjacent = pairIn[k][i];
            }
            hits.add(new SearchHit(row.kind(), row.id(), row.communeId(), row.planId(), row.display(), scoreDoc.score, coverage.of(has, written), coverage.of(wordInName[k], written), adjacent,
                    coverage.lacksTerm(has), coverage.holdsEverydayTerms(has, written)));
        }
        return hits;
    }

    /** A word of both letters and digits: a technical term or a model name, not a syllable of a compound word. */
    private static boolean standalone(String word) {
        return word.chars().anyMatch(Character::isDigit) && word.chars().anyMatch(Character::isLetter);
    }
}
