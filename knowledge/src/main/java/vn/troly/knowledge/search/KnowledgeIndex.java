package vn.troly.knowledge.search;

import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.apache.lucene.util.BytesRef;
import vn.troly.knowledge.plan.Indicator;
import vn.troly.knowledge.plan.Plan;
import vn.troly.knowledge.plan.PlanParser;
import vn.troly.knowledge.text.QuestionWords;
import vn.troly.knowledge.text.SynonymTable;
import vn.troly.knowledge.text.VietnameseAnalyzer;
import vn.troly.knowledge.text.VietnameseNormalizer;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The Lucene index of indicators, tasks and sections of every plan, persisted in the data folder so a restart only
 * re-indexes plans whose text changed.
 */
public final class KnowledgeIndex implements Closeable {

    static final String KIND = "kind";
    static final String ID = "id";
    static final String COMMUNE = "commune";
    static final String PLAN = "plan";
    static final String PLAN_HASH = "plan_hash";
    /** The commit's note of the plan versions it holds ({@link #record}). */
    private static final String PLANS = "plans";
    static final String DISPLAY = "display";
    static final String PLAN_KIND = "PLAN";
    static final String TITLE = "title";
    static final String BODY = "body";
    /** Indicator names are long and all words count: a weak length penalty (b = 0.3) keeps full names on top. */
    private static final Similarity SIMILARITY = new BM25Similarity(1.2f, 0.3f);

    private final VietnameseAnalyzer analyzer;
    private final SynonymTable synonyms;
    private final QuestionSearch questions;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    private KnowledgeIndex(VietnameseNormalizer normalizer, SynonymTable synonyms, Directory directory) throws IOException {
        this.analyzer = new VietnameseAnalyzer(synonyms);
        this.synonyms = synonyms;
        this.questions = new QuestionSearch(synonyms, QuestionWords.loadDefault(normalizer), (suffix, text) -> {
            try {
                return tokens(TITLE + suffix, text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        this.directory = directory;
        IndexWriterConfig config = new IndexWriterConfig(analyzer);
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        config.setRAMBufferSizeMB(64);
        config.setSimilarity(SIMILARITY);
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
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
            // each file read from one buffer: every term looked up and every postings list opened clones its file,
            // and a file kept in many blocks duplicates every block on each clone (half of all bytes a search allocated)
            return new KnowledgeIndex(normalizer, synonyms, new ByteBuffersDirectory(new SingleInstanceLockFactory(),
                    ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A plan with the hash of the text it was parsed from. */
    public record Entry(Plan plan, String hash) {
    }

    /**
     * Whether this exact version of a plan (same id and text hash) is already indexed, with today's synonyms, analysis and
     * parsing: their expansions and the names read are part of the index, so a plan indexed otherwise is indexed again.
     */
    public boolean hasPlan(String planId, String hash) {
        return count(new TermQuery(new Term(PLAN_HASH, planVersion(planId, hash)))) > 0;
    }

    /**
     * Whether the index holds exactly these plan versions and nothing indexed since, as {@link #record} noted in its
     * last commit: a restart on unchanged plans then skips asking {@link #hasPlan} for each of thousands.
     */
    public boolean holdsExactly(Collection<Entry> entries) {
        return !entries.isEmpty() && fingerprint(entries).equals(recorded());
    }

    /** Notes in the index that it holds exactly these plan versions (every later change of the index clears it). */
    public synchronized void record(Collection<Entry> entries) {
        String fingerprint = fingerprint(entries);
        if (!fingerprint.equals(recorded())) {
            commit(fingerprint);
        }
    }

    private String recorded() {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> e : data) {
                if (PLANS.equals(e.getKey())) {
                    return e.getValue();
                }
            }
        }
        return "";
    }

    private void commit(String plans) {
        try {
            onePiece();
            writer.setLiveCommitData(Map.of(PLANS, plans).entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the search index", e);
        }
    }

    private String fingerprint(Collection<Entry> entries) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            entries.stream().map(e -> planVersion(e.plan().id(), e.hash())).sorted()
                    .forEach(v -> digest.update((v + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String planVersion(String planId, String hash) {
        return planId + "@" + hash + "/" + synonyms.fingerprint() + "/" + VietnameseAnalyzer.VERSION + "/" + PlanParser.VERSION;
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
                    writer.addDocuments(PlanDocuments.of(entry.plan(), planVersion(entry.plan().id(), entry.hash())));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            commit("");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the search index", e);
        }
    }

    public void replacePlan(Plan plan, String hash) {
        replacePlans(List.of(new Entry(plan, hash)));
    }

    /**
     * Drops every plan but these: plans no longer loaded, and plans indexed under an id they no longer have (a commune's
     * id gained its province), which would otherwise answer beside their new selves.
     */
    public synchronized void keepOnly(Collection<String> planIds) {
        try {
            writer.deleteDocuments(new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER)
                    .add(new TermInSetQuery(PLAN, planIds.stream().map(BytesRef::new).toList()), BooleanClause.Occur.MUST_NOT).build());
            commit("");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the search index", e);
        }
    }

    /** Drops a plan from the index. */
    public synchronized void removePlan(String planId) {
        try {
            writer.deleteDocuments(new Term(PLAN, planId));
            commit("");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the search index", e);
        }
    }

    /** Number of indexed entries (indicators, tasks and sections). */
    public int size() {
        return count(new BooleanQuery.Builder()
                .add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(KIND, PLAN_KIND)), BooleanClause.Occur.MUST_NOT).build());
    }

    /** The best entries for a question, most relevant first. */
    public List<SearchHit> search(SearchRequest request) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return questions.search(searcher, request);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        }
    }

    /**
     * Merges the index into one segment. The index changes only when plans do, and every question pays per segment:
     * each term is looked up, and each row's postings opened, in every one (parallel indexing leaves one per thread).
     * Scores do not depend on segments; only rows of equal score may swap, whose order parallel indexing never fixed.
     */
    private void onePiece() throws IOException {
        writer.forceMerge(1);
    }

    @Override
    public synchronized void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
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
}
