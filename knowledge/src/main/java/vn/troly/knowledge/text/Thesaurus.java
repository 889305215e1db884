package vn.troly.knowledge.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everyday words, loanwords and abbreviations people ask with ("quét", "online", "sếp"), and the plan terms they stand
 * for ("số hóa", "trực tuyến", "người đứng đầu"): a resource file a maintainer edits without code. Read on the question
 * side only: a question's everyday term is replaced by its plan terms, so search finds the row in the plan's words and
 * judges its coverage through them, and a word that no plan contains does not count against the row. Plan text is
 * indexed as written.
 */
public final class Thesaurus {

    private static final String DEFAULT = "/text/thesaurus.txt";
    /** Between the plan terms of one everyday term: no synonym or thesaurus term spans it. */
    static final String ALTERNATIVES = " ; ";

    private final VietnameseNormalizer normalizer;
    private final List<Entry> entries;
    /** The entry of each everyday term's key. */
    private final Map<String, Entry> byKey = new HashMap<>();
    private final TermMatcher matcher;
    /** The plan terms of every line: an everyday term never breaks one up. */
    private final TermMatcher planTerms;

    /**
     * One line of the file.
     *
     * @param everyday  the everyday terms, as written
     * @param planTerms the plan terms that replace them, as written
     * @param examples  question fragments that use an everyday term (they run as tests)
     * @param line      the line number, for messages
     */
    public record Entry(List<String> everyday, List<String> planTerms, List<String> examples, int line) {
    }

    /**
     * An everyday term found in a question and the plan terms that now stand in its place.
     *
     * @param asAsked whether the term as asked is one of its plan terms too ("tập huấn" beside "bồi dưỡng")
     */
    public record Replacement(String everyday, List<String> planTerms, boolean asAsked) {
    }

    /**
     * A question with its everyday terms replaced, and what was replaced.
     *
     * @param text  the question with the plan terms in place of the everyday ones
     * @param plain the question without its everyday terms, except those the plans use as asked
     */
    public record Rewrite(String text, String plain, List<Replacement> replacements) {
    }

    private Thesaurus(VietnameseNormalizer normalizer, List<Entry> entries) {
        this.normalizer = normalizer;
        this.entries = List.copyOf(entries);
        List<TermMatcher.Term> all = new ArrayList<>();
        for (Entry entry : entries) {
            for (String term : entry.everyday()) {
                List<String> words = normalizer.foldedWords(term);
                // the first line to name a term keeps it (the file's test reports a repeat)
                if (words.isEmpty() || byKey.containsKey(TermMatcher.key(words))) {
                    continue;
                }
                // in capitals ("AI", "IT"), a term is told apart from an ordinary word ("ai" who, "ít" few) by them;
                // with đ ("gđ"), from the same letters with d ("GD", giáo dục)
                TermMatcher.Term t = new TermMatcher.Term(words, TermMatcher.inCapitals(term),
                        normalizer.lower(term).indexOf('đ') >= 0, TermMatcher.spelled(normalizer, term, words));
                byKey.put(t.key(), entry);
                all.add(t);
            }
        }
        List<TermMatcher.Term> plan = new ArrayList<>();
        entries.forEach(e -> e.planTerms().forEach(t -> plan.add(new TermMatcher.Term(normalizer.foldedWords(t), false, false))));
        this.matcher = new TermMatcher(normalizer, all);
        this.planTerms = new TermMatcher(normalizer, plan);
    }

    public static Thesaurus loadDefault(VietnameseNormalizer normalizer) {
        try (InputStream in = Thesaurus.class.getResourceAsStream(DEFAULT)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT);
            }
            return parse(normalizer, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Thesaurus empty(VietnameseNormalizer normalizer) {
        return new Thesaurus(normalizer, List.of());
    }

    /** Lines {@code everyday; everyday | plan term; plan term | example; example}; {@code #} starts a comment line. */
    public static Thesaurus parse(VietnameseNormalizer normalizer, InputStream in) throws IOException {
        List<Entry> entries = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#") || !line.contains("|")) {
                continue;
            }
            String[] parts = line.split("\\|", 3);
            List<String> planTerms = list(parts[1]);
            if (!planTerms.isEmpty()) {
                entries.add(new Entry(list(parts[0]), planTerms, parts.length > 2 ? list(parts[2]) : List.of(), number));
            }
        }
        return new Thesaurus(normalizer, entries);
    }

    private static List<String> list(String field) {
        return Arrays.stream(field.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public List<Entry> entries() {
        return entries;
    }

    /**
     * The question with every everyday term replaced by its plan terms (several are separated by {@code " ; "}: a row
     * needs only one of them). One pass over the question's words.
     */
    public Rewrite rewrite(String text) {
        return rewrite(text, false);
    }

    /**
     * The question with every everyday term replaced by its first plan term: for matchers that weigh each word of a
     * question, to which the words of other plan terms would be words the question does not have.
     */
    public String readAs(String text) {
        return rewrite(text, true).text();
    }

    private Rewrite rewrite(String text, boolean firstOnly) {
        String normal = normalizer.normalize(text);
        String folded = normalizer.fold(text);
        // positions are found in the folded form, which lines up with the written form when it is as long
        String output = normal.length() == folded.length() ? normal : folded;
        List<Replacement> replacements = new ArrayList<>();
        StringBuilder out = new StringBuilder(output.length() + 32);
        StringBuilder plain = new StringBuilder(output.length());
        int copied = 0;
        // a plan term already in the question stays whole: "chữ ký số" keeps its "ký số", "qua mạng nội bộ" its
        // "mạng nội bộ"; an everyday term may hold a whole one ("bán hàng trên mạng xã hội")
        List<TermMatcher.Match> kept = planTerms.find(text, folded);
        for (TermMatcher.Match m : matcher.find(text, folded, m -> kept.stream().noneMatch(k -> breaksUp(m, k)))) {
            Entry entry = byKey.get(m.key());
            List<String> written = firstOnly ? entry.planTerms().subList(0, 1) : entry.planTerms();
            String asked = output.substring(m.start(), m.end());
            List<String> askedWords = normalizer.foldedWords(asked);
            boolean asAsked = entry.planTerms().stream().anyMatch(t -> normalizer.foldedWords(t).equals(askedWords));
            out.append(output, copied, m.start()).append(String.join(ALTERNATIVES, written));
            plain.append(output, copied, m.start()).append(asAsked ? asked : ALTERNATIVES);
            replacements.add(new Replacement(asked, entry.planTerms(), asAsked));
            copied = m.end();
        }
        if (replacements.isEmpty()) {
            return new Rewrite(output, output, List.of());
        }
        return new Rewrite(out.append(output, copied, output.length()).toString(),
                plain.append(output, copied, output.length()).toString(), replacements);
    }

    /** Whether an everyday term found overlaps a plan term found without holding all of it. */
    private static boolean breaksUp(TermMatcher.Match everyday, TermMatcher.Match plan) {
        boolean overlaps = everyday.start() < plan.end() && plan.start() < everyday.end();
        boolean holds = everyday.start() <= plan.start() && plan.end() <= everyday.end();
        return overlaps && !holds;
    }
}
