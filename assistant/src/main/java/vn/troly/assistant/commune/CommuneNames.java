package vn.troly.assistant.commune;

import vn.troly.knowledge.library.Commune;
import vn.troly.knowledge.text.VietnameseNormalizer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The loaded communes by their folded names, their initials and their provinces' names, so that finding the commune
 * a question names looks up each run of the question's words instead of walking every commune: its cost grows with
 * the question's length, not with the country's 3,321 communes.
 */
final class CommuneNames {

    /** Keys of {@link #byName} and {@link #provinces}: folded words joined by one space ("vinh tru"). */
    private final Map<String, List<Commune>> byName = new HashMap<>();
    private final Map<String, List<Commune>> byInitials = new HashMap<>();
    /** Folded province name → its name as written. */
    private final Map<String, String> provinces = new LinkedHashMap<>();
    private final Map<String, List<Commune>> byWord = new HashMap<>();
    private final int longest;
    private final int longestProvince;

    CommuneNames(Collection<Commune> communes, VietnameseNormalizer normalizer) {
        int longestName = 1;
        int longestProvinceName = 1;
        for (Commune commune : communes) {
            String name = words(normalizer, commune.name());
            if (name.isEmpty()) {
                continue;
            }
            byName.computeIfAbsent(name, k -> new ArrayList<>()).add(commune);
            longestName = Math.max(longestName, name.split(" ").length);
            StringBuilder initials = new StringBuilder();
            for (String word : name.split(" ")) {
                initials.append(word.charAt(0));
                byWord.computeIfAbsent(word, k -> new ArrayList<>()).add(commune);
            }
            byInitials.computeIfAbsent(initials.toString(), k -> new ArrayList<>()).add(commune);
            if (commune.province() != null) {
                String province = words(normalizer, commune.province());
                provinces.putIfAbsent(province, commune.province());
                longestProvinceName = Math.max(longestProvinceName, province.split(" ").length);
            }
        }
        this.longest = longestName;
        this.longestProvince = longestProvinceName;
    }

    /** "Xã Vĩnh Trụ!" → "xa vinh tru": folded words joined by one space. */
    static String words(VietnameseNormalizer normalizer, String text) {
        return normalizer.fold(text).replaceAll("[^a-z0-9]+", " ").strip();
    }

    /** The communes named exactly so (folded words), none when no commune is. */
    List<Commune> named(String words) {
        return byName.getOrDefault(words, List.of());
    }

    List<Commune> withInitials(String initials) {
        return byInitials.getOrDefault(initials, List.of());
    }

    /** Communes whose name holds this folded word. */
    List<Commune> withWord(String word) {
        return byWord.getOrDefault(word, List.of());
    }

    /** The province named exactly so (folded words), or null. */
    String province(String words) {
        return provinces.get(words);
    }

    Collection<String> provinces() {
        return provinces.values();
    }

    /** Most words in a commune's name: no longer run of a question's words can name one. */
    int longest() {
        return longest;
    }

    int longestProvince() {
        return longestProvince;
    }
}
