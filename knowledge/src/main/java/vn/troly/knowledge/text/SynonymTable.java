package vn.troly.knowledge.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Abbreviations and synonyms (a resource file), written out next to the term so both spellings match; and the
 * everyday-word thesaurus read on the question side only ({@link #thesaurus()}).
 */
public final class SynonymTable {

    private static final String DEFAULT = "/text/synonyms.txt";

    private final VietnameseNormalizer normalizer;
    private final TermMatcher matcher;
    private final Map<String, List<String>> foldedExpansions = new HashMap<>();
    private final Map<String, List<String>> exactExpansions = new HashMap<>();
    private final Set<String> abbreviationWords = new HashSet<>();
    /** Keys of abbreviations that count only in capitals. */
    private final Set<String> capitalsOnly = new HashSet<>();
    private final Thesaurus thesaurus;
    private final String fingerprint;

    /**
     * @param questionWords an abbreviation written in capitals that folds to one of these ("AI": "ai", who) counts
     *                      only where the text writes it in capitals
     */
    private SynonymTable(VietnameseNormalizer normalizer, Map<String, List<String>> entries, Set<String> questionWords,
                         Thesaurus thesaurus) {
        this.normalizer = normalizer;
        this.thesaurus = thesaurus;
        List<TermMatcher.Term> terms = new ArrayList<>();
        entries.forEach((term, expansions) -> {
            List<String> words = normalizer.foldedWords(term);
            if (words.isEmpty()) {
                return;
            }
            String key = TermMatcher.key(words);
            foldedExpansions.put(key, expansions.stream().map(normalizer::fold).toList());
            exactExpansions.put(key, expansions.stream().map(normalizer::lower).toList());
            boolean capitals = TermMatcher.inCapitals(term) && questionWords.contains(key);
            if (capitals) {
                capitalsOnly.add(key);
            }
            terms.add(new TermMatcher.Term(words, capitals, false));
            if (!expansions.isEmpty() && term.chars().filter(Character::isUpperCase).count() >= 2 && !term.contains(" ")) {
                abbreviationWords.addAll(words);
                abbreviationWords.add(key);
            }
        });
        this.matcher = new TermMatcher(normalizer, terms);
        this.fingerprint = fingerprint(exactExpansions, capitalsOnly);
    }

    private SynonymTable(SynonymTable table, Thesaurus thesaurus) {
        this.normalizer = table.normalizer;
        this.matcher = table.matcher;
        this.foldedExpansions.putAll(table.foldedExpansions);
        this.exactExpansions.putAll(table.exactExpansions);
        this.abbreviationWords.addAll(table.abbreviationWords);
        this.capitalsOnly.addAll(table.capitalsOnly);
        this.thesaurus = thesaurus;
        this.fingerprint = table.fingerprint;
    }

    /** The shipped synonyms.txt, with the shipped thesaurus.txt. */
    public static SynonymTable loadDefault(VietnameseNormalizer normalizer) {
        try (InputStream in = SynonymTable.class.getResourceAsStream(DEFAULT)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT);
            }
            return new SynonymTable(normalizer, entries(in), QuestionWords.loadDefault(normalizer),
                    Thesaurus.loadDefault(normalizer));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A table from a synonyms file, with no thesaurus. */
    public static SynonymTable parse(VietnameseNormalizer normalizer, InputStream in) throws IOException {
        return new SynonymTable(normalizer, entries(in), QuestionWords.loadDefault(normalizer), Thesaurus.empty(normalizer));
    }

    /** The same synonyms with another thesaurus. */
    public SynonymTable withThesaurus(Thesaurus other) {
        return new SynonymTable(this, other);
    }

    private static Map<String, List<String>> entries(InputStream in) throws IOException {
        Map<String, List<String>> entries = new LinkedHashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#") || !line.contains("|")) {
                continue;
            }
            String[] parts = line.split("\\|", 2);
            List<String> expansions = new ArrayList<>();
            for (String e : parts[1].split(";")) {
                if (!e.isBlank()) {
                    expansions.add(e.strip());
                }
            }
            entries.computeIfAbsent(parts[0].strip(), k -> new ArrayList<>()).addAll(expansions);
        }
        return entries;
    }

    /**
     * Changes whenever what text is indexed with changes (a line of synonyms.txt, a rule), so an index built with
     * other synonyms is known to be stale. The thesaurus is read on the question side only: it is not part of it.
     */
    public String fingerprint() {
        return fingerprint;
    }

    private static String fingerprint(Map<String, List<String>> expansions, Set<String> capitalsOnly) {
        StringBuilder all = new StringBuilder();
        new TreeMap<>(expansions).forEach((key, written) -> all.append(key).append(capitalsOnly.contains(key) ? "!" : "")
                .append('=').append(String.join(";", written)).append('\n'));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(all.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Everyday words and the plan terms they stand for, read on the question side only. */
    public Thesaurus thesaurus() {
        return thesaurus;
    }

    /**
     * Folded words of abbreviations ("dvctt", "kt", "xh"): text is always indexed with their expansion too, so whether
     * a plan covers a question is judged on the expansion, not on the spelling.
     */
    public boolean isAbbreviation(String foldedWord) {
        return abbreviationWords.contains(foldedWord);
    }

    /** Folded text with expansions inserted after every known term. */
    public String expandFolded(String text) {
        String folded = normalizer.fold(text);
        return expand(text, folded, folded, foldedExpansions);
    }

    /** Lower-case text with diacritics, expansions inserted after every known term. */
    public String expandExact(String text) {
        String lower = normalizer.lower(text);
        String folded = normalizer.fold(text);
        // terms are found in the folded form, which lines up with the lower-case form character by character
        return expand(text, folded, folded.length() == lower.length() ? lower : folded, exactExpansions);
    }

    /** Copies {@code output} (as long as {@code folded}) with the expansions after each term found in {@code folded}. */
    private String expand(String text, String folded, String output, Map<String, List<String>> expansions) {
        List<TermMatcher.Match> found = matcher.find(text, folded);
        if (found.isEmpty()) {
            return output;
        }
        StringBuilder out = new StringBuilder(output.length() + 32);
        int copied = 0;
        for (TermMatcher.Match m : found) {
            out.append(output, copied, m.end());
            for (String e : expansions.getOrDefault(m.key(), List.of())) {
                out.append(' ').append(e);
            }
            copied = m.end();
        }
        return out.append(output, copied, output.length()).toString();
    }
}
