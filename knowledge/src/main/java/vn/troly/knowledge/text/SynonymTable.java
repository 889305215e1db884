package vn.troly.knowledge.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Abbreviations and synonyms (a resource file), written out next to the term so both spellings match. */
public final class SynonymTable {

    private static final String DEFAULT = "/text/synonyms.txt";

    private final VietnameseNormalizer normalizer;
    private final Pattern pattern;
    private final Map<String, List<String>> foldedExpansions;
    private final Map<String, List<String>> exactExpansions;

    private SynonymTable(VietnameseNormalizer normalizer, Map<String, List<String>> entries) {
        this.normalizer = normalizer;
        this.foldedExpansions = new LinkedHashMap<>();
        this.exactExpansions = new LinkedHashMap<>();
        List<String> alternatives = new ArrayList<>();
        entries.forEach((term, expansions) -> {
            String key = key(term);
            foldedExpansions.put(key, expansions.stream().map(normalizer::fold).toList());
            exactExpansions.put(key, expansions.stream().map(normalizer::lower).toList());
            alternatives.add(termPattern(normalizer.fold(term)));
        });
        // longest first, so "ttpvhcc" wins over "hcc"
        alternatives.sort(Comparator.comparingInt(String::length).reversed());
        this.pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}])");
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

    /** Folded text with expansions inserted after every known term. */
    public String expandFolded(String text) {
        return expand(normalizer.fold(text), foldedExpansions);
    }

    /** Lower-case text with diacritics, expansions inserted after every known term. */
    public String expandExact(String text) {
        String lower = normalizer.lower(text);
        // terms are matched on the folded form, which has the same length as the lower-case form after NFC
        String folded = normalizer.fold(text);
        if (folded.length() != lower.length()) {
            return expand(folded, exactExpansions);
        }
        StringBuilder out = new StringBuilder(lower.length() + 16);
        Matcher m = pattern.matcher(folded);
        int last = 0;
        while (m.find()) {
            out.append(lower, last, m.end());
            for (String e : exactExpansions.getOrDefault(key(m.group(1)), List.of())) {
                out.append(' ').append(e);
            }
            last = m.end();
        }
        return out.append(lower, last, lower.length()).toString();
    }

    private String expand(String folded, Map<String, List<String>> expansions) {
        Matcher m = pattern.matcher(folded);
        StringBuilder out = new StringBuilder(folded.length() + 16);
        int last = 0;
        while (m.find()) {
            out.append(folded, last, m.end());
            for (String e : expansions.getOrDefault(key(m.group(1)), List.of())) {
                out.append(' ').append(e);
            }
            last = m.end();
        }
        return out.append(folded, last, folded.length()).toString();
    }

    private String key(String term) {
        return normalizer.fold(term).replaceAll("[\\s\\-]+", "");
    }

    /** "vh-xh" matches "vh-xh", "vh - xh", "vh xh" and "vhxh". */
    private static String termPattern(String folded) {
        String[] parts = folded.split("[\\s\\-]+");
        List<String> quoted = new ArrayList<>();
        for (String p : parts) {
            quoted.add(Pattern.quote(p));
        }
        return String.join("\\s*-?\\s*", quoted);
    }
}
