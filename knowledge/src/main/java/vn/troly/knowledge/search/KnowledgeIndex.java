package vn.troly.knowledge.search;

import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
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
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import vn.troly.knowledge.plan.Indicator;
import vn.troly.knowledge.plan.Plan;
import vn.troly.knowledge.plan.PlanParser;
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
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The Lucene index of indicators, tasks and sections of every plan, persisted in the data folder so a restart only
 * re-indexes plans whose text changed.
 */
public final class KnowledgeIndex implements Closeable {

    static final String KIND = "kind";
    static final String ID = "id";
    static final String COMMUNE = "commune";
    static final String PLAN = "plan";
    private static final String PLAN_HASH = "plan_hash";
    static final String DISPLAY = "display";
    private static final String PLAN_KIND = "PLAN";
    static final String TITLE = "title";
    static final String BODY = "body";
    /** Indicator names are long and all words count: a weak length penalty (b = 0.3) keeps full names on top. */
    private static final Similarity SIMILARITY = new BM25Similarity(1.2f, 0.3f);
    /** Searched by terms only (bigrams replace phrase queries), so positions are not indexed. */
    private static final FieldType TERMS = termsOnly();

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
            return new KnowledgeIndex(normalizer, synonyms, new ByteBuffersDirectory());
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
                    writer.addDocuments(documents(entry.plan(), planVersion(entry.plan().id(), entry.hash())));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            onePiece();
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
            onePiece();
            writer.commit();
            searchers.maybeRefreshBlocking();
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
