package vn.troly.knowledge.agency;

import vn.troly.knowledge.text.Spaces;
import vn.troly.knowledge.text.VietnameseNormalizer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Canonical agencies loaded from the alias table, and the resolution of agency text written in plans. */
public final class AgencyDirectory {

    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\s.;,:\\-–]+|[\\s.;,:\\-–]+$");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

    public static final String DEFAULT_RESOURCE = "/agency/agencies.txt";

    private static final Pattern HTML_TAG = Pattern.compile("<[^>]+>");
    private static final Pattern CELL_SEPARATORS = Pattern.compile("[;\\n]");

    private final VietnameseNormalizer normalizer;
    private final Map<String, Agency> byId = new LinkedHashMap<>();
    private final Map<String, Agency> byKey = new HashMap<>();
    private final int longestAliasTokens;

    public AgencyDirectory(VietnameseNormalizer normalizer, List<Agency> agencies) {
        this.normalizer = normalizer;
        int longest = 1;
        for (Agency agency : agencies) {
            byId.put(agency.id(), agency);
            List<String> names = new ArrayList<>(agency.aliases());
            names.add(agency.name());
            for (String alias : names) {
                String key = key(alias);
                if (!key.isEmpty()) {
                    byKey.putIfAbsent(key, agency);
                    longest = Math.max(longest, key.split(" ").length);
                }
            }
        }
        this.longestAliasTokens = longest;
    }

    /** Loads the table shipped with the application. */
    public static AgencyDirectory loadDefault(VietnameseNormalizer normalizer) {
        try (InputStream in = AgencyDirectory.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            return new AgencyDirectory(normalizer, parse(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the "id | name | alias; alias" format. */
    public static List<Agency> parse(InputStream in) throws IOException {
        List<Agency> agencies = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\|");
                if (parts.length < 2) {
                    throw new IOException("agency line needs 'id | name | aliases': " + line);
                }
                List<String> aliases = parts.length > 2
                        ? Arrays.stream(parts[2].split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList()
                        : List.of();
                agencies.add(new Agency(parts[0].strip(), parts[1].strip(), aliases));
            }
        }
        return agencies;
    }

    public Collection<Agency> all() {
        return byId.values();
    }

    public Optional<Agency> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Resolves one agency name; unknown names come back cleaned, with a null id. */
    public AgencyRef resolve(String raw) {
        String cleaned = clean(raw);
        Agency agency = lookup(key(cleaned));
        return agency == null ? new AgencyRef(null, cleaned, raw.strip()) : new AgencyRef(agency.id(), agency.name(), raw.strip());
    }

    /** Finds a known agency by name or alias, tolerant to the usual spelling variants. */
    public Optional<Agency> find(String text) {
        return Optional.ofNullable(lookup(key(clean(text))));
    }

    /**
     * Splits a table cell naming several agencies. ";" always separates; "," separates only known agencies, so that
     * a collective such as "Các phòng, ban, cơ quan, đơn vị" stays whole; known agencies written one after the other
     * without a separator are split too.
     */
    public List<AgencyRef> parseCell(String cell) {
        List<AgencyRef> result = new ArrayList<>();
        if (cell == null) {
            return result;
        }
        String text = HTML_TAG.matcher(cell).replaceAll(" ").replace("&amp;", "&").replace("&nbsp;", " ");
        for (String part : CELL_SEPARATORS.split(text)) {
            StringBuilder unknown = new StringBuilder();
            for (String piece : part.split(",")) {
                if (clean(piece).isEmpty()) {
                    continue;
                }
                List<AgencyRef> known = segment(piece);
                if (known.isEmpty()) {
                    if (!unknown.isEmpty()) {
                        unknown.append(',');
                    }
                    unknown.append(piece);
                } else {
                    flushUnknown(unknown, result);
                    result.addAll(known);
                }
            }
            flushUnknown(unknown, result);
        }
        return distinct(result);
    }

    private void flushUnknown(StringBuilder unknown, List<AgencyRef> result) {
        if (!clean(unknown.toString()).isEmpty()) {
            result.add(resolve(unknown.toString()));
        }
        unknown.setLength(0);
    }

    /** The piece as known agencies (one, or several written back to back), or empty when it is not made of them. */
    private List<AgencyRef> segment(String piece) {
        Agency whole = lookup(key(clean(piece)));
        if (whole != null) {
            return List.of(new AgencyRef(whole.id(), whole.name(), piece.strip()));
        }
        String[] words = clean(piece).split(" ");
        List<AgencyRef> found = new ArrayList<>();
        int start = 0;
        while (start < words.length) {
            int end = Math.min(words.length, start + longestAliasTokens + 1);
            Agency match = null;
            int matchEnd = -1;
            for (; end > start; end--) {
                String candidate = String.join(" ", Arrays.copyOfRange(words, start, end));
                match = exact(key(candidate));
                if (match != null) {
                    matchEnd = end;
                    break;
                }
            }
            if (match == null) {
                return List.of();
            }
            found.add(new AgencyRef(match.id(), match.name(), String.join(" ", Arrays.copyOfRange(words, start, matchEnd))));
            start = matchEnd;
        }
        return found.size() > 1 ? found : List.of();
    }

    private static List<AgencyRef> distinct(List<AgencyRef> refs) {
        Map<String, AgencyRef> seen = new LinkedHashMap<>();
        for (AgencyRef ref : refs) {
            seen.putIfAbsent(ref.id() != null ? ref.id() : "?" + ref.name(), ref);
        }
        return new ArrayList<>(seen.values());
    }

    private Agency exact(String key) {
        return key.isEmpty() ? null : byKey.get(key);
    }

    private Agency lookup(String key) {
        Agency agency = exact(key);
        if (agency != null || key.length() < 8) {
            return agency;
        }
        // One slip of the keyboard per ten letters is still the same agency ("HND", "Văn Phòngg").
        int allowed = key.length() >= 20 ? 2 : 1;
        Agency best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Map.Entry<String, Agency> entry : byKey.entrySet()) {
            if (Math.abs(entry.getKey().length() - key.length()) > allowed) {
                continue;
            }
            int distance = levenshtein(entry.getKey(), key, allowed);
            if (distance <= allowed && distance < bestDistance) {
                best = entry.getValue();
                bestDistance = distance;
            }
        }
        return best;
    }

    /** Cleans display text: no HTML, single spaces, no trailing punctuation. */
    public String clean(String raw) {
        String text = HTML_TAG.matcher(raw == null ? "" : raw).replaceAll(" ").replace("&amp;", "&");
        text = normalizer.normalize(text).transform(Spaces::collapse);
        return EDGE_PUNCTUATION.matcher(text).replaceAll("");
    }

    /** The matching key: folded, "&"/"và" and punctuation dropped, repeated words and a trailing "xã" removed. */
    String key(String text) {
        String folded = normalizer.fold(text).replace("&", " ");
        String[] words = NON_ALNUM.matcher(folded).replaceAll(" ").strip().split(" ");
        List<String> kept = new ArrayList<>();
        for (String word : words) {
            if (word.isEmpty() || word.equals("va")) {
                continue;
            }
            if (!kept.isEmpty() && kept.get(kept.size() - 1).equals(word)) {
                continue;
            }
            kept.add(word);
        }
        if (kept.size() > 1 && kept.get(kept.size() - 1).equals("xa")) {
            kept.remove(kept.size() - 1);
        }
        return String.join(" ", kept);
    }

    private static int levenshtein(String a, String b, int limit) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
