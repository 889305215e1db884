package vn.troly.knowledge.bench;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.troly.knowledge.agency.AgencyDirectory;
import vn.troly.knowledge.plan.Plan;
import vn.troly.knowledge.plan.PlanParser;
import vn.troly.knowledge.search.KnowledgeIndex;
import vn.troly.knowledge.search.SearchRequest;
import vn.troly.knowledge.text.SynonymTable;
import vn.troly.knowledge.text.VietnameseNormalizer;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Parse + index time and query latency, on the five sample plans and on a synthetic national corpus of 3,321 communes
 * (the five renamed). The baseline, measured in the same run, is the same text in a plain Lucene index
 * (StandardAnalyzer, one field, no Vietnamese analysis). Run with {@code ./mvnw -Pbench verify}.
 */
@Tag("bench")
class KnowledgeBenchmark {

    private static final String[] SAMPLES = {"duong-huu", "phu-trung", "binh-giang", "loi-bac", "vinh-tru"};
    private static final String[] NAMES = {"Dương Hưu", "Phú Trung", "Bình Giang", "Lợi Bác", "Vĩnh Trụ"};
    private static final int NATIONAL = 3321;
    private static final String[] QUESTIONS = {
            "phu song 5G", "phủ sóng 5G", "so hoa ho so TTHC", "ty le DVCTT toan trinh", "chữ ký số cá nhân",
            "thanh toán không dùng tiền mặt", "điện thoại thông minh", "tổ công nghệ số cộng đồng",
            "camera an ninh", "hồ sơ công việc xử lý trên môi trường điện tử", "kỹ năng số cho người dân",
            "bang rong co dinh", "an toàn thông tin", "nộp hồ sơ trực tuyến", "chuyen doi so", "thuong mai dien tu",
            "sô hoa hồ sơ", "dịch vụ công trực tuyến một phần", "trang thông tin điện tử của xã", "VNeID định danh"};

    private final VietnameseNormalizer normalizer = new VietnameseNormalizer();
    private final SynonymTable synonyms = SynonymTable.loadDefault(normalizer);
    private final PlanParser parser = new PlanParser(normalizer, AgencyDirectory.loadDefault(normalizer));

    @TempDir
    Path temp;

    @Test
    void benchmark() throws Exception {
        List<String> texts = new ArrayList<>();
        for (String id : SAMPLES) {
            try (InputStream in = getClass().getResourceAsStream("/corpus/" + id + ".txt")) {
                texts.add(new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        List<Source> five = IntStream.range(0, SAMPLES.length).mapToObj(i -> new Source(SAMPLES[i] + ".txt", texts.get(i))).toList();
        List<Source> national = national(texts);

        System.out.println("== Trợ lý số xã: knowledge benchmark (" + Runtime.getRuntime().availableProcessors() + " cores) ==");
        int rounds = Integer.getInteger("bench.rounds", 2);
        for (int round = 0; round < rounds; round++) {
            // round 0 warms the JIT; round 1 is reported
            boolean report = round == rounds - 1;
            run("five plans", five, report, 5);
            run("3,321 communes", national, report, 1);
        }
    }

    private void run(String label, List<Source> sources, boolean report, int repeats) throws Exception {
        List<Double> parseIndex = new ArrayList<>();
        List<Double> parseOnly = new ArrayList<>();
        List<Double> baseline = new ArrayList<>();
        KnowledgeIndex index = null;
        List<Plan> plans = null;
        Path plainFolder = null;
        for (int r = 0; r < repeats; r++) {
            if (index != null) {
                index.close();
            }
            Path folder = temp.resolve(label.replaceAll("\\W", "") + System.nanoTime());
            long start = System.nanoTime();
            plans = sources.parallelStream().map(this::parse).toList();
            parseOnly.add((System.nanoTime() - start) / 1e6);
            index = KnowledgeIndex.open(normalizer, synonyms, folder);
            index.replacePlans(plans.stream().map(p -> new KnowledgeIndex.Entry(p, "h")).toList());
            parseIndex.add((System.nanoTime() - start) / 1e6);

            plainFolder = temp.resolve("plain" + System.nanoTime());
            start = System.nanoTime();
            plainIndex(sources, plainFolder);
            baseline.add((System.nanoTime() - start) / 1e6);
        }
        Random random = new Random(7);
        List<String> communes = plans.stream().map(Plan::communeId).distinct().toList();
        List<Double> scoped = new ArrayList<>();
        List<Double> global = new ArrayList<>();
        List<Double> plainScoped = new ArrayList<>();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(plainFolder))) {
            IndexSearcher plain = new IndexSearcher(reader);
            QueryParser queryParser = new QueryParser("text", new StandardAnalyzer());
            int n = 3000;
            for (int i = 0; i < n; i++) {
                String question = QUESTIONS[i % QUESTIONS.length];
                String commune = communes.get(random.nextInt(communes.size()));
                long start = System.nanoTime();
                index.search(SearchRequest.of(question, commune, 5));
                scoped.add((System.nanoTime() - start) / 1e6);
                start = System.nanoTime();
                index.search(SearchRequest.of(question, null, 5));
                global.add((System.nanoTime() - start) / 1e6);
                start = System.nanoTime();
                Query query = new BooleanQuery.Builder()
                        .add(queryParser.parse(QueryParser.escape(question)), BooleanClause.Occur.MUST)
                        .add(new TermQuery(new Term("commune", commune)), BooleanClause.Occur.FILTER).build();
                plain.search(query, 5);
                plainScoped.add((System.nanoTime() - start) / 1e6);
            }
        }
        int entries = index.size();
        index.close();
        if (report) {
            System.out.printf(Locale.ROOT, "%s: %d plans, %d indexed entries%n", label, plans.size(), entries);
            System.out.printf(Locale.ROOT, "  parse+index  median %.0f ms, of which parsing %.0f ms   (plain Lucene baseline, no parsing: %.0f ms, ratio %.1f)%n",
                    median(parseIndex), median(parseOnly), median(baseline), median(parseIndex) / median(baseline));
            System.out.printf(Locale.ROOT, "  query, one commune  median %.3f ms  p99 %.3f ms  (baseline median %.3f ms, p99 %.3f ms, ratio %.1f)%n",
                    percentile(scoped, 50), percentile(scoped, 99), percentile(plainScoped, 50), percentile(plainScoped, 99),
                    percentile(scoped, 50) / percentile(plainScoped, 50));
            System.out.printf(Locale.ROOT, "  query, all communes median %.3f ms  p99 %.3f ms%n",
                    percentile(global, 50), percentile(global, 99));
        }
    }

    private Plan parse(Source source) {
        try {
            return parser.parse(source.name(), source.text().getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(source.name(), e);
        }
    }

    private static void plainIndex(List<Source> sources, Path folder) throws Exception {
        try (IndexWriter writer = new IndexWriter(FSDirectory.open(folder), new IndexWriterConfig(new StandardAnalyzer()))) {
            for (Source source : sources) {
                String commune = source.name().replace(".txt", "");
                for (String paragraph : source.text().split("\n")) {
                    if (paragraph.isBlank()) {
                        continue;
                    }
                    Document doc = new Document();
                    doc.add(new StringField("commune", commune, Field.Store.YES));
                    doc.add(new TextField("text", paragraph, Field.Store.NO));
                    writer.addDocument(doc);
                }
            }
            writer.commit();
        }
    }

    /** The five plans renamed to 3,321 distinct communes. */
    private List<Source> national(List<String> texts) {
        String[] syllables = {"An", "Bình", "Cẩm", "Đông", "Gia", "Hòa", "Khánh", "Lạc", "Minh", "Nam", "Phúc", "Quang",
                "Sơn", "Tân", "Thạch", "Trung", "Vĩnh", "Xuân", "Yên", "Đức", "Hưng", "Long", "Mỹ", "Phong", "Thanh",
                "Thuận", "Tiến", "Hải", "Hồng", "Kim", "Lâm", "Ngọc", "Phú", "Quý", "Tường", "Vạn", "Hà", "Lệ", "Đại", "Cát"};
        List<Source> sources = new ArrayList<>(NATIONAL);
        for (int i = 0; i < NATIONAL; i++) {
            int s = i % SAMPLES.length;
            String name = syllables[i % syllables.length] + " " + syllables[(i / syllables.length) % syllables.length]
                    + (i >= syllables.length * syllables.length ? " " + (i / (syllables.length * syllables.length) + 1) : "");
            String text = rename(texts.get(s), NAMES[s], name);
            sources.add(new Source(normalizer.fold(name).replace(' ', '-') + ".txt", text));
        }
        assertEquals(NATIONAL, sources.stream().map(Source::name).distinct().count());
        return sources;
    }

    private String rename(String text, String from, String to) {
        String normalized = normalizer.normalize(text);
        Matcher m = Pattern.compile(Pattern.quote(from), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(normalized);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String found = m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(found.equals(found.toUpperCase(Locale.ROOT))
                    ? to.toUpperCase(Locale.ROOT) : to));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static double median(List<Double> values) {
        return percentile(values, 50);
    }

    private static double percentile(List<Double> values, double p) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(rank, sorted.length - 1))];
    }

    private record Source(String name, String text) {
    }
}
