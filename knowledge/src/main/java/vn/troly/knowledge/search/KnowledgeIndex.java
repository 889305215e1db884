package vn.troly.knowledge.search;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import vn.troly.knowledge.plan.Indicator;
import vn.troly.knowledge.plan.Plan;
import vn.troly.knowledge.plan.Section;
import vn.troly.knowledge.plan.Target;
import vn.troly.knowledge.plan.Task;
import vn.troly.knowledge.text.QuestionWords;
import vn.troly.knowledge.text.SynonymTable;
import vn.troly.knowledge.text.VietnameseAnalyzer;
import vn.troly.knowledge.text.VietnameseNormalizer;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The Lucene index of indicators, tasks and sections of every plan, persisted in the data folder so a restart only
 * re-indexes plans whose text changed.
 */
public final class KnowledgeIndex implements Closeable {

    private static final String KIND = "kind";
    private static final String ID = "id";
    private static final String COMMUNE = "commune";
    private static final String PLAN = "plan";
    private static final String PLAN_HASH = "plan_hash";
    private static final String DISPLAY = "display";
    private static final String PLAN_KIND = "PLAN";
    private static final String TITLE = "title";
    private static final String BODY = "body";
    private static final float TITLE_BOOST = 2.0f;
    private static final float BODY_BOOST = 0.5f;
    private static final float BIGRAM_BOOST = 1.5f;
    private static final float EXACT_BOOST = 0.25f;
    private static final float FUZZY_BOOST = 0.6f;
    private static final int MIN_FUZZY_LENGTH = 4;
    private static final double COMMON_SHARE = 0.2;
    /**
     * Rarity (log(1 + entries / (df + 1))) from which a word is distinctive: in at most about one entry in twelve.
     * Two such words side by side name a thing ("ngân hàng"); an entry with neither is about something else, however
     * many common words it shares with the question.
     */
    private static final double DISTINCTIVE_RARITY = 2.5;
    /** Indicator names are long and all words count: a weak length penalty (b = 0.3) keeps full names on top. */
    private static final org.apache.lucene.search.similarities.Similarity SIMILARITY =
            new org.apache.lucene.search.similarities.BM25Similarity(1.2f, 0.3f);
    /** Searched by terms only (bigrams replace phrase queries), so positions are not indexed. */
    private static final FieldType TERMS = termsOnly();

    private final VietnameseAnalyzer analyzer;
    private final SynonymTable synonyms;
    private final Set<String> stopwords;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    private KnowledgeIndex(VietnameseNormalizer normalizer, SynonymTable synonyms, Directory directory) throws IOException {
        this.analyzer = new VietnameseAnalyzer(synonyms);
        this.synonyms = synonyms;
        this.stopwords = QuestionWords.loadDefault(normalizer);
        this.directory = directory;
        IndexWriterConfig config = new IndexWriterConfig(analyzer);
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        config.setRAMBufferSizeMB(64);
        config.setSimilarity(SIMILARITY);
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, new org.apache.lucene.search.SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(org.apache.lucene.index.IndexReader reader, org.apache.lucene.index.IndexReader previous) {
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setSimilarity(SIMILARITY);
                return searcher;
            }
        });
    }

    /** An index kept in {@code folder}; what was indexed before is reused. */
    public static KnowledgeIndex open(VietnameseNormalizer normalizer, SynonymTable synonyms, Path folder) {
        try {
            Files.createDirectories(folder);
            return new KnowledgeIndex(normalizer, synonyms, FSDirectory.open(folder));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + folder, e);
        }
    }

    /** An index in memory only (tests, benchmarks, a read-only deployment). */
    public static KnowledgeIndex inMemory(VietnameseNormalizer normalizer, SynonymTable synonyms) {
        try {
            return new KnowledgeIndex(normalizer, synonyms, new ByteBuffersDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A plan with the hash of the text it was parsed from. */
    public record Entry(Plan plan, String hash) {
    }

    /**
     * Whether this exact version of a plan (same id and text hash) is already indexed, with today's synonyms: their
     * expansions are part of the index, so a plan indexed with other synonyms is indexed again.
     */
    public boolean hasPlan(String planId, String hash) {
        return count(new TermQuery(new Term(PLAN_HASH, planVersion(planId, hash)))) > 0;
    }

    private String planVersion(String planId, String hash) {
        return planId + "@" + hash + "/" + synonyms.fingerprint();
    }

    /** Replaces everything indexed for these plans with their current content, in one commit. */
    public synchronized void replacePlans(Collection<Entry> entries) {
        try {
            for (Entry entry : entries) {
                writer.deleteDocuments(new Term(PLAN, entry.plan().id()));
            }
            // IndexWriter is thread-safe: analysis, the costly part, runs on every core
            entries.parallelStream().forEach(entry -> {
                try {
                    writer.addDocuments(documents(entry.plan(), planVersion(entry.plan().id(), entry.hash())));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the search index", e);
        }
    }

    public void replacePlan(Plan plan, String hash) {
        replacePlans(List.of(new Entry(plan, hash)));
    }

    /** Drops a plan from the index. */
    public synchronized void removePlan(String planId) {
        try {
            writer.deleteDocuments(new Term(PLAN, planId));
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the search index", e);
        }
    }

    /** Number of indexed entries (indicators, tasks and sections). */
    public int size() {
        return count(new BooleanQuery.Builder()
                .add(new org.apache.lucene.search.MatchAllDocsQuery(), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(KIND, PLAN_KIND)), BooleanClause.Occur.MUST_NOT).build());
    }

    /** The best entries for a question, most relevant first. */
    public List<SearchHit> search(SearchRequest request) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                QueryTerms terms = terms(request.text());
                if (terms.folded().isEmpty() && terms.bigrams().isEmpty()) {
                    return List.of();
                }
                List<Query> perWord = new ArrayList<>();
                BooleanQuery.Builder query = new BooleanQuery.Builder();
                int common = (int) (searcher.getIndexReader().numDocs() * COMMON_SHARE);
                boolean several = terms.folded().size() + terms.bigrams().size() > 1;
                for (String word : terms.folded()) {
                    perWord.add(wordQuery(searcher, word));
                }
                for (QueryTerms.Unit unit : terms.units()) {
                    if (!unit.replaced()) {
                        int word = unit.alternatives().get(0).words()[0];
                        if (ranks(searcher, terms.folded().get(word), several, common)) {
                            query.add(perWord.get(word), BooleanClause.Occur.SHOULD);
                        }
                        continue;
                    }
                    // an everyday term replaced by its plan terms ranks a row by the one it holds best; a term the
                    // plans use as asked ranks as asked, so rows in the question's own words come first
                    List<QueryTerms.Alternative> ranking = unit.asAsked() >= 0
                            ? List.of(unit.alternatives().get(unit.asAsked())) : unit.alternatives();
                    List<Query> alternatives = new ArrayList<>();
                    for (QueryTerms.Alternative alternative : ranking) {
                        BooleanQuery.Builder planTerm = new BooleanQuery.Builder();
                        for (int word : alternative.words()) {
                            if (ranks(searcher, terms.folded().get(word), several, common)) {
                                planTerm.add(perWord.get(word), BooleanClause.Occur.SHOULD);
                            }
                        }
                        alternative.bigrams().forEach(b -> planTerm.add(bigramQuery(b), BooleanClause.Occur.SHOULD));
                        alternatives.add(planTerm.build());
                    }
                    query.add(new DisjunctionMaxQuery(alternatives, 0f), BooleanClause.Occur.SHOULD);
                }
                for (String bigram : terms.plainBigrams()) {
                    query.add(bigramQuery(bigram), BooleanClause.Occur.SHOULD);
                }
                for (String word : terms.exact()) {
                    if (several && synonyms.isAbbreviation(word)) {
                        continue;
                    }
                    query.add(new BoostQuery(fields(VietnameseAnalyzer.EXACT, word), EXACT_BOOST), BooleanClause.Occur.SHOULD);
                }
                filter(request).ifPresent(f -> query.add(f, BooleanClause.Occur.FILTER));
                TopDocs top = searcher.search(query.build(), request.limit());
                return hits(searcher, top, terms, perWord);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }

    /**
     * Whether a word ranks rows. A word in most entries ("tỷ", "lệ") ranks nothing and costs a full scan; its bigrams
     * still count. An abbreviation ranks through its expansion, which every row has whether it spells the term out or
     * not: scored itself, it would favour the rows that abbreviate over the one about the question.
     */
    private boolean ranks(IndexSearcher searcher, String word, boolean several, int common) throws IOException {
        return !(several && docFreq(searcher, word) > common) && !(several && synonyms.isAbbreviation(word));
    }

    private static Query bigramQuery(String bigram) {
        return new BoostQuery(fields(VietnameseAnalyzer.BIGRAMS, bigram), BIGRAM_BOOST);
    }

    private Query wordQuery(IndexSearcher searcher, String word) throws IOException {
        Query exact = fields(VietnameseAnalyzer.FOLDED, word);
        boolean known = searcher.getIndexReader().docFreq(new Term(TITLE + VietnameseAnalyzer.FOLDED, word)) > 0
                || searcher.getIndexReader().docFreq(new Term(BODY + VietnameseAnalyzer.FOLDED, word)) > 0;
        if (known || word.length() < MIN_FUZZY_LENGTH || !word.chars().allMatch(Character::isLetter)) {
            return exact;
        }
        // a word no plan contains is most likely a typo: accept one edit
        return new BoostQuery(new DisjunctionMaxQuery(List.of(
                new BoostQuery(new FuzzyQuery(new Term(TITLE + VietnameseAnalyzer.FOLDED, word), 1, 1), TITLE_BOOST),
                new FuzzyQuery(new Term(BODY + VietnameseAnalyzer.FOLDED, word), 1, 1)), 0.1f), FUZZY_BOOST);
    }

    private static int docFreq(IndexSearcher searcher, String word) throws IOException {
        return Math.max(searcher.getIndexReader().docFreq(new Term(TITLE + VietnameseAnalyzer.FOLDED, word)),
                searcher.getIndexReader().docFreq(new Term(BODY + VietnameseAnalyzer.FOLDED, word)));
    }

    /** The term in the title (boosted) or the body. */
    private static Query fields(String suffix, String term) {
        if (suffix.equals(VietnameseAnalyzer.EXACT)) {
            return new BoostQuery(new TermQuery(new Term(TITLE + suffix, term)), TITLE_BOOST);
        }
        return new DisjunctionMaxQuery(List.of(
                new BoostQuery(new TermQuery(new Term(TITLE + suffix, term)), TITLE_BOOST),
                new BoostQuery(new TermQuery(new Term(BODY + suffix, term)), BODY_BOOST)), 0.1f);
    }

    /**
     * The commune and kinds asked for. Plan markers carry no text, so they never match and need no filter; with no
     * filter at all, the query stays a pure disjunction, which Lucene scores top-k without visiting every match.
     */
    private static java.util.Optional<Query> filter(SearchRequest request) {
        BooleanQuery.Builder filter = new BooleanQuery.Builder();
        boolean any = false;
        if (request.communeId() != null) {
            filter.add(new TermQuery(new Term(COMMUNE, request.communeId())), BooleanClause.Occur.FILTER);
            any = true;
        }
        if (!request.kinds().isEmpty() && request.kinds().size() < DocKind.values().length) {
            BooleanQuery.Builder kinds = new BooleanQuery.Builder();
            request.kinds().forEach(k -> kinds.add(new TermQuery(new Term(KIND, k.name())), BooleanClause.Occur.SHOULD));
            filter.add(kinds.build(), BooleanClause.Occur.FILTER);
            any = true;
        }
        return any ? java.util.Optional.of(filter.build()) : java.util.Optional.empty();
    }

    private List<SearchHit> hits(IndexSearcher searcher, TopDocs top, QueryTerms terms, List<Query> perWord) throws IOException {
        List<String> words = terms.folded();
        List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
        int total = Math.max(1, searcher.getIndexReader().numDocs());
        List<Weight> weights = new ArrayList<>();
        double[] rarity = new double[words.size()];
        boolean[] distinctive = new boolean[words.size()];
        for (int i = 0; i < words.size(); i++) {
            weights.add(searcher.createWeight(searcher.rewrite(perWord.get(i)), ScoreMode.COMPLETE_NO_SCORES, 1));
            int df = docFreq(searcher, words.get(i));
            rarity[i] = synonyms.isAbbreviation(words.get(i)) ? 0 : Math.log(1 + (double) total / (df + 1));
            // a word no plan has is a typo or chatter, not a term the plans could lack
            distinctive[i] = df > 0 && rarity[i] >= DISTINCTIVE_RARITY;
        }
        Coverage coverage = new Coverage(words, terms.units(), rarity, distinctive, terms.plainBigrams());
        List<String> bigrams = terms.bigrams();
        List<Weight> pairs = new ArrayList<>();
        for (String bigram : bigrams) {
            // a technical term of letters and digits ("ipv6", "5g") stands on its own: it forms no compound with its
            // neighbour, so the two need not be side by side in a row ("IPv6 LAN" for "mạng nội bộ (LAN) … IPv6")
            if (java.util.Arrays.stream(bigram.split(" ")).anyMatch(KnowledgeIndex::standalone)) {
                continue;
            }
            pairs.add(searcher.createWeight(searcher.rewrite(fields(VietnameseAnalyzer.BIGRAMS, bigram)), ScoreMode.COMPLETE_NO_SCORES, 1));
        }
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (ScoreDoc scoreDoc : top.scoreDocs) {
            Document doc = searcher.storedFields().document(scoreDoc.doc);
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(scoreDoc.doc, leaves));
            int inLeaf = scoreDoc.doc - leaf.docBase;
            boolean[] has = new boolean[words.size()];
            for (int i = 0; i < weights.size(); i++) {
                Scorer scorer = weights.get(i).scorer(leaf);
                has[i] = scorer != null && scorer.iterator().advance(inLeaf) == inLeaf;
            }
            boolean adjacent = pairs.isEmpty() || words.size() < 2;
            for (int i = 0; i < pairs.size() && !adjacent; i++) {
                Scorer scorer = pairs.get(i).scorer(leaf);
                adjacent = scorer != null && scorer.iterator().advance(inLeaf) == inLeaf;
            }
            hits.add(new SearchHit(DocKind.valueOf(doc.get(KIND)), doc.get(ID), doc.get(COMMUNE), doc.get(PLAN),
                    doc.get(DISPLAY), scoreDoc.score, coverage.of(has), adjacent, coverage.lacksTerm(has)));
        }
        return hits;
    }

    /** A word of both letters and digits: a technical term or a model name, not a syllable of a compound word. */
    private static boolean standalone(String word) {
        return word.chars().anyMatch(Character::isDigit) && word.chars().anyMatch(Character::isLetter);
    }

    private int count(Query query) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.count(query);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The question's meaningful words, folded and exact, and its folded bigrams, everyday terms read as plan terms. */
    private QueryTerms terms(String text) {
        return QueryTerms.read(text, synonyms.thesaurus(), stopwords, (suffix, t) -> {
            try {
                return tokens(TITLE + suffix, t);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private List<String> tokens(String field, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }

    private static List<Document> documents(Plan plan, String version) {
        List<Document> docs = new ArrayList<>();
        Document marker = new Document();
        marker.add(new StringField(KIND, PLAN_KIND, Field.Store.YES));
        marker.add(new StringField(PLAN, plan.id(), Field.Store.YES));
        marker.add(new StringField(PLAN_HASH, version, Field.Store.NO));
        docs.add(marker);
        for (Indicator indicator : plan.indicators()) {
            String body = join(String.join(" ", indicator.source().groups()), indicator.unit(),
                    indicator.targets().stream().map(Target::raw).collect(Collectors.joining(" ")),
                    indicator.tasks(), indicator.legalBasis(), indicator.note());
            docs.add(document(DocKind.INDICATOR, indicator.id(), plan, indicator.name(), indicator.name(), body));
        }
        for (Task task : plan.tasks()) {
            String body = join(String.join(" ", task.source().groups()), task.objective(), task.output(), task.note());
            docs.add(document(DocKind.TASK, task.id(), plan, task.name(), task.name(), body));
        }
        for (Section section : plan.sections()) {
            String title = join(section.number(), section.heading());
            String path = String.join(" ", section.path());
            docs.add(document(DocKind.SECTION, plan.id() + "#" + section.id(), plan, title, title,
                    join(path, section.text())));
        }
        return docs;
    }

    private static Document document(DocKind kind, String id, Plan plan, String display, String title, String body) {
        Document doc = new Document();
        doc.add(new StringField(KIND, kind.name(), Field.Store.YES));
        doc.add(new StringField(ID, id, Field.Store.YES));
        doc.add(new StringField(COMMUNE, plan.communeId(), Field.Store.YES));
        doc.add(new StringField(PLAN, plan.id(), Field.Store.YES));
        doc.add(new StoredField(DISPLAY, display));
        for (String suffix : List.of(VietnameseAnalyzer.FOLDED, VietnameseAnalyzer.EXACT, VietnameseAnalyzer.BIGRAMS)) {
            doc.add(new Field(TITLE + suffix, title, TERMS));
        }
        // exact spelling only matters for ranking, and titles carry it
        doc.add(new Field(BODY + VietnameseAnalyzer.FOLDED, body, TERMS));
        doc.add(new Field(BODY + VietnameseAnalyzer.BIGRAMS, body, TERMS));
        return doc;
    }

    private static FieldType termsOnly() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.freeze();
        return type;
    }

    private static String join(String... parts) {
        return Stream.of(parts).filter(Objects::nonNull).filter(p -> !p.isBlank()).collect(Collectors.joining(" "));
    }
}
