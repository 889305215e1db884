package vn.troly.assistant.tools;

import vn.troly.assistant.prompt.Prompts;
import vn.troly.knowledge.text.SynonymTable;
import vn.troly.knowledge.text.VietnameseNormalizer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The citizen guide: short articles on online public services, matched by their words weighted by rarity. */
public final class CitizenGuide {

    /** Below this share of the question's weighted words, an article is not an answer. */
    private static final double MIN_SCORE = 0.4;
    /** Share of the question's weight that must fall on the article's title and keywords. */
    private static final double MIN_TITLE_SCORE = 0.25;
    /** Rank bonus per word of the longest title or keyword phrase that the question contains as written. */
    private static final double PHRASE_BONUS = 0.02;
    private static final Set<String> IGNORED = Set.of("la", "gi", "the", "nao", "toi", "em", "minh", "co", "khong", "cua",
            "cho", "va", "de", "o", "dau", "ai", "nhu", "lam", "sao", "muon", "biet", "can", "duoc", "mot", "cac", "nhung",
            "ban", "hoi", "xin", "vui", "long", "a", "voi", "ve", "thi", "nay", "do");

    private final VietnameseNormalizer normalizer;
    private final SynonymTable synonyms;
    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Integer> documentFrequency = new HashMap<>();

    public CitizenGuide(VietnameseNormalizer normalizer, SynonymTable synonyms) {
        this.normalizer = normalizer;
        this.synonyms = synonyms;
        for (String file : Prompts.listed("citizen")) {
            CitizenArticle article = parse(file, Prompts.text(file));
            Set<String> titleWords = words(article.title() + " " + String.join(" ", article.keywords()));
            Set<String> bodyWords = words(article.body());
            List<String> phrases = new ArrayList<>();
            for (String phrase : concat(article.title(), article.keywords())) {
                List<String> folded = normalizer.foldedWords(phrase);
                if (folded.size() >= 2) {
                    phrases.add(" " + String.join(" ", folded) + " ");
                }
            }
            entries.add(new Entry(article, titleWords, bodyWords, phrases));
            Set<String> all = new HashSet<>(titleWords);
            all.addAll(bodyWords);
            all.forEach(w -> documentFrequency.merge(w, 1, Integer::sum));
        }
    }

    public List<CitizenArticle> articles() {
        return entries.stream().map(Entry::article).toList();
    }

    /** The articles that answer a question, best first, with their scores (0 to 1). */
    public List<Scored> search(String question, int limit) {
        return search(question, limit, false);
    }

    /**
     * @param askingHelp the question is already known to be a citizen asking for help ("bà tôi không biết dùng điện
     *                   thoại, ai hướng dẫn?"): then words no article has (typos, who and how old) weigh as little as
     *                   a word every article has; otherwise they weigh most, so "giá vàng hôm nay" finds none
     */
    public List<Scored> search(String question, int limit, boolean askingHelp) {
        // read in the plans' terms ("đăng ký thường trú online" as "… trực tuyến"), where an everyday word that many
        // articles share weighs less than the spelling one article happens to list; as asked when that finds none
        double[][] scores = score(synonyms.thesaurus().readAs(question), askingHelp);
        if (Arrays.stream(scores).allMatch(Objects::isNull)) {
            scores = score(question, askingHelp);
        }
        double[][] found = scores;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (found[i] != null) {
                order.add(i);
            }
        }
        // stable: on a tie the article listed first in index.txt wins
        order.sort(Comparator.comparingDouble((Integer i) -> found[i][1]).reversed());
        return order.stream().limit(limit).map(i -> new Scored(entries.get(i).article, found[i][0])).toList();
    }

    /** Per article (in index.txt order): its score and rank for the question, or null when it is no answer. */
    private double[][] score(String question, boolean askingHelp) {
        double[][] result = new double[entries.size()][];
        Set<String> words = words(question);
        words.removeAll(IGNORED);
        double total = words.stream().mapToDouble(w -> askingHelp && !documentFrequency.containsKey(w) ? commonWeight() : weight(w)).sum();
        if (total == 0) {
            return result;
        }
        String asked = " " + String.join(" ", normalizer.foldedWords(question)) + " ";
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            double hit = 0;
            double titleHit = 0;
            for (String w : words) {
                if (entry.titleWords.contains(w)) {
                    hit += weight(w);
                    titleHit += weight(w);
                } else if (entry.bodyWords.contains(w)) {
                    hit += 0.5 * weight(w);
                }
            }
            // words found only in the body ("pháp" of "pháp lý") do not make an article an answer
            if (hit / total >= MIN_SCORE && titleHit / total >= MIN_TITLE_SCORE) {
                // the longest title or keyword phrase asked word for word ranks among articles that share the words:
                // "nộp hồ sơ trực tuyến thế nào" is that article's own title, "không biết dùng điện thoại" a keyword
                // (a few words may come between: "nộp hồ sơ làm giấy khai sinh qua mạng" asks "nộp hồ sơ qua mạng", at
                // half the bonus of the phrase as written)
                double longest = entry.phrases.stream().mapToDouble(ph -> asked.contains(ph) ? ph.strip().split(" ").length
                        : inOrder(asked, ph) ? ph.strip().split(" ").length / 2.0 : 0).max().orElse(0);
                result[i] = new double[]{hit / total, hit / total + PHRASE_BONUS * longest};
            }
        }
        return result;
    }

    /** Most words a phrase may have between its own in a question and still be asked as a phrase. */
    private static final int PHRASE_GAP = 5;

    /** Whether the phrase's words come in the question in order, its first and last words at most a few words apart. */
    static boolean inOrder(String asked, String phrase) {
        String[] words = asked.strip().split(" ");
        String[] wanted = phrase.strip().split(" ");
        for (int start = 0; start < words.length; start++) {
            if (!words[start].equals(wanted[0])) {
                continue;
            }
            int next = 1;
            int at = start + 1;
            for (; at < words.length && next < wanted.length && at - start < wanted.length + PHRASE_GAP; at++) {
                if (words[at].equals(wanted[next])) {
                    next++;
                }
            }
            if (next == wanted.length) {
                return true;
            }
        }
        return false;
    }

    public Optional<CitizenArticle> best(String question) {
        return best(question, false);
    }

    public Optional<CitizenArticle> best(String question, boolean askingHelp) {
        return search(question, 1, askingHelp).stream().findFirst().map(Scored::article);
    }

    /** The weight of a word that every article has. */
    private double commonWeight() {
        return Math.log(1 + (entries.size() + 1.0) / (entries.size() + 0.5));
    }

    private double weight(String word) {
        return Math.log(1 + (entries.size() + 1.0) / (documentFrequency.getOrDefault(word, 0) + 0.5));
    }

    private Set<String> words(String text) {
        return new HashSet<>(Arrays.asList(synonyms.expandFolded(text).split("[^a-z0-9]+")));
    }

    static CitizenArticle parse(String file, String text) {
        String id = file.substring(file.lastIndexOf('/') + 1).replace(".md", "");
        Map<String, String> front = new HashMap<>();
        String body = text;
        if (text.startsWith("---")) {
            int end = text.indexOf("\n---", 3);
            for (String line : text.substring(3, end).split("\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    front.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
                }
            }
            body = text.substring(text.indexOf('\n', end + 1) + 1);
        }
        List<String> keywords = Arrays.stream(front.getOrDefault("keywords", "").split(",")).map(String::strip)
                .filter(k -> !k.isEmpty()).toList();
        return new CitizenArticle(front.getOrDefault("id", id), front.getOrDefault("title", id), keywords,
                front.getOrDefault("sources", ""), body.strip());
    }

    /** An article and how well it matches. */
    public record Scored(CitizenArticle article, double score) {
    }

    private record Entry(CitizenArticle article, Set<String> titleWords, Set<String> bodyWords, List<String> phrases) {
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }
}
