package vn.troly.assistant.commune;

import vn.troly.knowledge.agency.Agency;
import vn.troly.knowledge.agency.AgencyDirectory;
import vn.troly.knowledge.library.Commune;
import vn.troly.knowledge.library.PlanLibrary;
import vn.troly.knowledge.text.SynonymTable;
import vn.troly.knowledge.text.VietnameseNormalizer;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds the loaded commune a question names: by its name ("xã Vĩnh Trụ", "vinh tru") or by its initials ("ở BG").
 * The engine's one resolver of communes in text; a commune sent with the question (an id or a name) is looked up with
 * {@link PlanLibrary#findCommune}.
 */
public final class CommuneFinder {

    private static final Pattern CAPS = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}{2,3}(?![\\p{L}\\p{N}])");

    /**
     * A commune and the words that named it, folded and padded with spaces (" xa vinh tru "), so the caller can take
     * them out of the question's topic.
     */
    public record Mention(Commune commune, String words) {
    }

    private final PlanLibrary library;
    private final VietnameseNormalizer normalizer;
    private final Predicate<String> notInitials;
    /** Folded agency names and aliases that end in "xã" ("cong an xa", "ca xa"), padded with spaces. */
    private final Set<String> agenciesOfXa;

    /**
     * @param notInitials folded short words that never stand for a commune's initials
     * @param agencies    the agencies, whose names may end in the "xã" that begins a commune's name
     */
    public CommuneFinder(PlanLibrary library, VietnameseNormalizer normalizer, Predicate<String> notInitials,
                         AgencyDirectory agencies) {
        this.library = library;
        this.normalizer = normalizer;
        this.notInitials = notInitials;
        this.agenciesOfXa = agencies.all().stream().flatMap(a -> Stream.concat(a.aliases().stream(), Stream.of(a.name())))
                .map(form -> " " + normalizer.fold(form).replaceAll("[^a-z0-9]+", " ").strip() + " ")
                .filter(form -> form.endsWith(" xa ")).collect(Collectors.toSet());
    }

    /** Known abbreviations and the short words of agencies' names and aliases ("ca", "kt", "vh", "tt", "vp"). */
    public static Predicate<String> notInitials(AgencyDirectory agencies, VietnameseNormalizer normalizer, SynonymTable synonyms) {
        Set<String> agencyWords = new HashSet<>();
        for (Agency agency : agencies.all()) {
            Stream.concat(agency.aliases().stream(), Stream.of(agency.name()))
                    .flatMap(form -> Arrays.stream(normalizer.fold(form).split("[^a-z0-9]+")))
                    .filter(w -> !w.isEmpty() && w.length() <= 4).forEach(agencyWords::add);
        }
        return word -> agencyWords.contains(word) || (synonyms != null && synonyms.isAbbreviation(word));
    }

    /** "Vĩnh Trụ, Phú Trung, …": the loaded communes, as replies that ask for one list them. */
    public String names() {
        return library.communes().stream().map(Commune::name).collect(Collectors.joining(", "));
    }

    /** The commune the question names, by name first, else by initials. */
    public Optional<Mention> find(String text, String folded) {
        Mention named = byName(folded);
        return Optional.ofNullable(named != null ? named : byInitials(text, folded));
    }

    /** The longest loaded commune's name in the question, with or without "xã"/"phường" before it. */
    private Mention byName(String folded) {
        String padded = " " + folded.replaceAll("[^a-z0-9]+", " ") + " ";
        Mention best = null;
        for (Commune commune : library.communes()) {
            String name = " " + normalizer.fold(commune.name()).replaceAll("[^a-z0-9]+", " ").strip() + " ";
            for (String form : List.of(" xa" + name, " phuong" + name, name)) {
                if (padded.contains(form) && (best == null || form.length() > best.words().length()) && !agencysXa(padded, form)) {
                    best = new Mention(commune, form);
                }
            }
        }
        if (best == null) {
            return null;
        }
        // the caller removes the words from the folded text as written, punctuation aside
        return new Mention(best.commune(), best.words().strip().isEmpty() ? best.words() : " " + best.words().strip() + " ");
    }

    /** "Công an xã Dương Hưu": the "xã" ends the agency's name, so the commune is named without it. */
    private boolean agencysXa(String padded, String form) {
        if (!form.startsWith(" xa ")) {
            return false;
        }
        String before = padded.substring(0, padded.indexOf(form)) + " xa ";
        return agenciesOfXa.stream().anyMatch(before::endsWith);
    }

    /**
     * A commune named by its initials ("ở BG", "5G PT phối hợp với ai"): a word of two or three capitals (in a message
     * that is not all capitals) that are the initials of exactly one loaded commune's name, and not a known
     * abbreviation or a short word of an agency's name ("CA", "VH", "KT").
     */
    private Mention byInitials(String text, String folded) {
        if (text.chars().noneMatch(Character::isLowerCase)) {
            return null;
        }
        Matcher caps = CAPS.matcher(text);
        while (caps.find()) {
            String word = normalizer.fold(caps.group());
            if (notInitials.test(word)) {
                continue;
            }
            List<Commune> named = library.communes().stream().filter(c -> word.equals(initials(c.name()))).toList();
            if (named.size() != 1) {
                continue;
            }
            String padded = " " + folded.replaceAll("[^a-z0-9]+", " ") + " ";
            for (String form : List.of(" xa " + word + " ", " phuong " + word + " ", " " + word + " ")) {
                if (padded.contains(form)) {
                    return new Mention(named.get(0), form);
                }
            }
        }
        return null;
    }

    /** "Bình Giang" → "bg": the folded first letter of each word of the name. */
    private String initials(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : normalizer.fold(name).split("[^a-z0-9]+")) {
            if (!word.isEmpty()) {
                out.append(word.charAt(0));
            }
        }
        return out.toString();
    }
}
