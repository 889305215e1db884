package vn.troly.assistant.commune;

import vn.troly.knowledge.agency.Agency;
import vn.troly.knowledge.agency.AgencyDirectory;
import vn.troly.knowledge.library.Commune;
import vn.troly.knowledge.library.LibraryView;
import vn.troly.knowledge.library.PlanLibrary;
import vn.troly.knowledge.text.SynonymTable;
import vn.troly.knowledge.text.VietnameseNormalizer;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds the loaded commune a question names: by its name ("xã Vĩnh Trụ", "vinh tru") or by its initials ("ở BG"),
 * narrowed by the province the question names with it ("Tân Phú, Đồng Nai"). A name that several provinces' communes
 * share is found as all of them, for the caller to ask which. The engine's one resolver of communes in text; a
 * commune sent with the question (an id or a name) is looked up with {@link PlanLibrary#findCommune}.
 */
public final class CommuneFinder {

    /** Replies list the loaded communes only up to this many; beyond, they ask for the name or offer the closest. */
    public static final int MAX_LISTED = 10;
    private static final Pattern CAPS = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}{2,3}(?![\\p{L}\\p{N}])");
    private static final Set<String> PREFIXES = Set.of("xa", "phuong");
    private static final List<String> PROVINCE_PREFIXES = List.of("thanh pho", "tinh", "tp");

    /**
     * The communes the question names (one, or several of one name in several provinces) and the words that named
     * them, folded and padded with spaces (" xa vinh tru "), so the caller can take them out of the question's topic;
     * with the words that named the province too (" tinh dong nai "), or null.
     */
    public record Mention(List<Commune> communes, String words, String provinceWords) {
        Mention(List<Commune> communes, String words) {
            this(communes, " " + words + " ", null);
        }

        public Commune commune() {
            return communes.get(0);
        }

        public boolean ambiguous() {
            return communes.size() > 1;
        }
    }

    private final PlanLibrary library;
    private final VietnameseNormalizer normalizer;
    private final Predicate<String> notInitials;
    /** Folded agency names and aliases that end in "xã" ("cong an xa", "ca xa"), padded with spaces. */
    private final Set<String> agenciesOfXa;
    /** Rebuilt when the plans change, never by a question: the names of 3,321 communes take a while to fold. */
    private final LibraryView<CommuneNames> names;

    /**
     * @param notInitials folded short words that never stand for a commune's initials
     * @param agencies    the agencies, whose names may end in the "xã" that begins a commune's name
     */
    public CommuneFinder(PlanLibrary library, VietnameseNormalizer normalizer, Predicate<String> notInitials,
                         AgencyDirectory agencies) {
        this.library = library;
        this.normalizer = normalizer;
        this.notInitials = notInitials;
        this.names = new LibraryView<>(library, l -> new CommuneNames(l.communes(), normalizer));
        this.agenciesOfXa = agencies.all().stream().flatMap(a -> Stream.concat(a.aliases().stream(), Stream.of(a.name())))
                .map(form -> " " + CommuneNames.words(normalizer, form) + " ")
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

    /** "Vĩnh Trụ, Phú Trung, …": the loaded communes, as replies that ask for one list them, at most {@value #MAX_LISTED}. */
    public String names() {
        return library.communes().stream().limit(MAX_LISTED).map(Commune::name).collect(Collectors.joining(", "));
    }

    /** More communes are loaded than a reply may list. */
    public boolean tooManyToList() {
        return library.communes().size() > MAX_LISTED;
    }

    /** The provinces of the loaded communes' plans, as they write them. */
    public List<String> provinces() {
        return index().provinces().stream().sorted().toList();
    }

    /** The commune the question names, by name first, else by initials. */
    public Optional<Mention> find(String text, String folded) {
        String[] words = Arrays.stream(folded.split("[^a-z0-9]+")).filter(w -> !w.isEmpty()).toArray(String[]::new);
        CommuneNames names = index();
        Mention named = byName(names, words);
        if (named == null) {
            named = byInitials(names, text, words);
        }
        return Optional.ofNullable(named).map(m -> inProvince(names, words, m));
    }

    /**
     * At most {@code limit} loaded communes whose names share most words with a name that matches none ("Vinh Tru 2"
     * → Vĩnh Trụ), looked up word by word.
     */
    public List<Commune> closest(String name, int limit) {
        CommuneNames names = index();
        Map<Commune, Integer> shared = new HashMap<>();
        for (String word : new HashSet<>(Arrays.asList(CommuneNames.words(normalizer, name).split(" ")))) {
            names.withWord(word).forEach(c -> shared.merge(c, 1, Integer::sum));
        }
        return shared.entrySet().stream()
                .sorted(Map.Entry.<Commune, Integer>comparingByValue().reversed().thenComparing(e -> e.getKey().id()))
                .limit(limit).map(Map.Entry::getKey).toList();
    }

    private CommuneNames index() {
        return names.get();
    }

    /** The longest loaded commune's name in the question, with or without "xã"/"phường" before it. */
    private Mention byName(CommuneNames names, String[] words) {
        Mention best = null;
        for (int i = 0; i < words.length; i++) {
            for (int length = Math.min(names.longest(), words.length - i); length >= 1; length--) {
                String name = String.join(" ", Arrays.copyOfRange(words, i, i + length));
                List<Commune> communes = names.named(name);
                if (communes.isEmpty()) {
                    continue;
                }
                String form = i > 0 && PREFIXES.contains(words[i - 1]) && !agencysXa(words, i - 1) ? words[i - 1] + " " + name : name;
                if (best == null || form.length() + 2 > best.words().length()) {
                    best = new Mention(communes, form);
                }
                break;
            }
        }
        return best;
    }

    /** "Công an xã Dương Hưu": the "xã" at {@code xa} ends the agency's name, so the commune is named without it. */
    private boolean agencysXa(String[] words, int xa) {
        if (!words[xa].equals("xa")) {
            return false;
        }
        String before = " " + String.join(" ", Arrays.copyOfRange(words, 0, xa + 1)) + " ";
        return agenciesOfXa.stream().anyMatch(before::endsWith);
    }

    /**
     * A commune named by its initials ("ở BG", "5G PT phối hợp với ai"): a word of two or three capitals (in a message
     * that is not all capitals) that are the initials of exactly one loaded commune's name, and not a known
     * abbreviation or a short word of an agency's name ("CA", "VH", "KT").
     */
    private Mention byInitials(CommuneNames names, String text, String[] words) {
        if (text.chars().noneMatch(Character::isLowerCase)) {
            return null;
        }
        Matcher caps = CAPS.matcher(text);
        while (caps.find()) {
            String word = normalizer.fold(caps.group());
            if (notInitials.test(word)) {
                continue;
            }
            List<Commune> named = names.withInitials(word);
            if (named.size() != 1) {
                continue;
            }
            int at = Arrays.asList(words).indexOf(word);
            if (at >= 0) {
                return new Mention(named, at > 0 && PREFIXES.contains(words[at - 1]) ? words[at - 1] + " " + word : word);
            }
        }
        return null;
    }

    /**
     * The communes of a name shared by several provinces, narrowed to the province the question names beside it
     * ("xã Tân Phú tỉnh Đồng Nai"); the province's words go with the commune's.
     */
    private Mention inProvince(CommuneNames names, String[] words, Mention mention) {
        if (!mention.ambiguous()) {
            return mention;
        }
        for (int i = 0; i < words.length; i++) {
            for (int length = Math.min(names.longestProvince(), words.length - i); length >= 1; length--) {
                String province = names.province(String.join(" ", Arrays.copyOfRange(words, i, i + length)));
                if (province == null) {
                    continue;
                }
                List<Commune> there = mention.communes().stream().filter(c -> province.equals(c.province())).toList();
                if (!there.isEmpty()) {
                    String said = String.join(" ", Arrays.copyOfRange(words, i, i + length));
                    String before = " " + String.join(" ", Arrays.copyOfRange(words, 0, i)) + " ";
                    String prefixed = PROVINCE_PREFIXES.stream().filter(p -> before.endsWith(" " + p + " "))
                            .findFirst().map(p -> p + " " + said).orElse(said);
                    return new Mention(there, mention.words(), " " + prefixed + " ");
                }
            }
        }
        return new Mention(mention.communes().stream().sorted(Comparator.comparing(Commune::id)).toList(), mention.words(), null);
    }
}
