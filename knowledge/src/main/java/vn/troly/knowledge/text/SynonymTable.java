package vn.troly.knowledge.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Abbreviations and synonyms (a resource file), written out next to the term so both spellings match. */
public final class SynonymTable {

    private static final String DEFAULT = "/text/synonyms.txt";

    private final VietnameseNormalizer normalizer;
    /** Terms by their first word, longest first; each term also under its words run together ("vhxh"). */
    private final Map<String, List<Term>> byFirstWord = new HashMap<>();
    private final Map<String, List<String>> foldedExpansions = new HashMap<>();
    private final Map<String, List<String>> exactExpansions = new HashMap<>();
    private final java.util.Set<String> abbreviationWords = new java.util.HashSet<>();

    private SynonymTable(VietnameseNormalizer normalizer, Map<String, List<String>> entries) {
        this.normalizer = normalizer;
        entries.forEach((term, expansions) -> {
            List<String> words = normalizer.foldedWords(term);
            if (words.isEmpty()) {
                return;
            }
            String key = String.join("", words);
            foldedExpansions.put(key, expansions.stream().map(normalizer::fold).toList());
            exactExpansions.put(key, expansions.stream().map(normalizer::lower).toList());
            add(new Term(words, key));
            if (!expansions.isEmpty() && term.chars().filter(Character::isUpperCase).count() >= 2 && !term.contains(" ")) {
                abbreviationWords.addAll(words);
                abbreviationWords.add(key);
            }
            if (words.size() > 1) {
                add(new Term(List.of(key), key));
            }
        });
        byFirstWord.values().forEach(terms -> terms.sort(Comparator.comparingInt((Term t) -> t.words.size()).reversed()));
    }

    private void add(Term term) {
        byFirstWord.computeIfAbsent(term.words.get(0), k -> new ArrayList<>()).add(term);
    }

    private record Term(List<String> words, String key) {
    }

    public static SynonymTable loadDefault(VietnameseNormalizer normalizer) {
        try (InputStream in = SynonymTable.class.getResourceAsStream(DEFAULT)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT);
            }
            return parse(normalizer, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SynonymTable parse(VietnameseNormalizer normalizer, InputStream in) throws IOException {
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
        return new SynonymTable(normalizer, entries);
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
        return expand(folded, folded, foldedExpansions);
    }

    /** Lower-case text with diacritics, expansions inserted after every known term. */
    public String expandExact(String text) {
        String lower = normalizer.lower(text);
        String folded = normalizer.fold(text);
        // terms are found in the folded form, which lines up with the lower-case form character by character
        return folded.length() == lower.length() ? expand(folded, lower, exactExpansions) : expand(folded, folded, exactExpansions);
    }

    /** Scans the words of {@code folded}; copies {@code output} (same length) with expansions after each term found. */
    private String expand(String folded, String output, Map<String, List<String>> expansions) {
        List<int[]> spans = wordSpans(folded);
        StringBuilder out = null;
        int copied = 0;
        for (int w = 0; w < spans.size(); w++) {
            List<Term> candidates = byFirstWord.get(word(folded, spans.get(w)));
            if (candidates == null) {
                continue;
            }
            for (Term term : candidates) {
                int last = match(folded, spans, w, term.words);
                if (last < 0) {
                    continue;
                }
                if (out == null) {
                    out = new StringBuilder(output.length() + 32);
                }
                int end = spans.get(last)[1];
                out.append(output, copied, end);
                for (String e : expansions.getOrDefault(term.key, List.of())) {
                    out.append(' ').append(e);
                }
                copied = end;
                w = last;
                break;
            }
        }
        return out == null ? output : out.append(output, copied, output.length()).toString();
    }

    /** Index of the last word of the term starting at word {@code w}, or -1. */
    private static int match(String text, List<int[]> spans, int w, List<String> words) {
        if (w + words.size() > spans.size()) {
            return -1;
        }
        for (int k = 0; k < words.size(); k++) {
            int[] span = spans.get(w + k);
            if (!word(text, span).equals(words.get(k))) {
                return -1;
            }
            if (k > 0 && !joinable(text, spans.get(w + k - 1)[1], span[0])) {
                return -1;
            }
        }
        return w + words.size() - 1;
    }

    /** Words of a term may be separated by spaces and at most one hyphen ("VH - XH"). */
    private static boolean joinable(String text, int from, int to) {
        int hyphens = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '-') {
                hyphens++;
            } else if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return hyphens <= 1;
    }

    private static List<int[]> wordSpans(String text) {
        List<int[]> spans = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                spans.add(new int[]{start, i});
                start = -1;
            }
        }
        return spans;
    }

    private static String word(String text, int[] span) {
        return text.substring(span[0], span[1]);
    }
}
