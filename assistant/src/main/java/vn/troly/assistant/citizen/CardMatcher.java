package vn.troly.assistant.citizen;

import vn.troly.knowledge.text.SynonymTable;
import vn.troly.knowledge.text.VietnameseNormalizer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses the card a citizen's question asks for, or none. Every card is indexed by its title and aliases (its names),
 * its example questions and, at a lower weight, the words of its body; a question's words weigh by how few cards have
 * them, so "khai sinh" decides and "online" barely counts. A card answers only when it covers enough of the question's
 * weight and the question names no procedure the card does not claim (prompts/citizen/procedures.txt).
 */
public final class CardMatcher {

    /** Below this share of the question's weighted words, a card is not an answer. */
    static final double MIN_SCORE = 0.55;
    /**
     * How much more a card must cover when the question is only guessed to be an errand (a bare topic, a topic the
     * plan lacks): "Thủ đô của Pháp là gì?" shares two syllables with a card and is no errand.
     */
    private static final double GUESS_MARGIN = 0.05;
    /**
     * Share of the question's weight that must fall on the card's head, not only its body: "Thủ đô của Pháp là gì?"
     * shares "thủ" with a title and "pháp" with a body, and is no errand.
     */
    static final double MIN_HEAD_SCORE = 0.4;
    /**
     * What a word found only in a card's body counts for, against one in its head: a long card's body mentions fees,
     * portals and the one-stop shop in passing, which says little about what the card is for.
     */
    private static final double BODY_WEIGHT = 0.3;
    /**
     * What a word found only in a card's example questions counts for: examples carry the everyday words of a
     * procedure, and also the frame around it ("… làm thủ tục gì") that other cards' questions share.
     */
    private static final double EXAMPLE_WEIGHT = 0.6;
    /**
     * What a word counts for that the question did not type but an abbreviation or everyday term added: "UBND" is one
     * thing asked, not the four words of "ủy ban nhân dân".
     */
    private static final double ADDED_WEIGHT = 0.5;
    /**
     * A question that says one of a card's own names of two words or more, a name no other card has ("đăng ký tạm
     * trú", "toàn trình"), names that card: it ranks first among cards that share the rest of its words, and needs
     * less of its other words ("đi thuê nhà ở tỉnh khác") covered.
     */
    private static final double NAMED_BONUS = 0.2;
    /** The share of the question's weight a card it names must cover. */
    static final double MIN_NAMED_SCORE = 0.4;
    /** How near the best rank a confident card must rank to answer when the best-ranked card is not confident. */
    private static final double RUNNER_UP = 0.85;
    /** Rank bonus for the share of the question's known word pairs the card's head also has. */
    private static final double PAIR_BONUS = 0.2;
    /**
     * Rank bonus for the share of one of the card's names (title, alias, example) that the question says: of two cards
     * that cover "nộp hồ sơ trực tuyến thế nào", the one named just that beats the one named "… bằng điện thoại".
     */
    private static final double NAME_BONUS = 0.15;

    private final CardTerms terms;
    private final ProcedureNames procedures;
    private final List<Entry> entries = new ArrayList<>();
    /** In how many cards' heads a word is; for a word in no head, in how many bodies. */
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final Set<String> knownPairs = new HashSet<>();
    private final Typos typos;

    public CardMatcher(List<ProcedureCard> cards, VietnameseNormalizer normalizer, SynonymTable synonyms) {
        this.terms = new CardTerms(normalizer, synonyms);
        this.procedures = new ProcedureNames(terms);
        for (ProcedureCard card : cards) {
            List<String> names = new ArrayList<>(List.of(card.title()));
            names.addAll(card.aliases());
            List<String> head = new ArrayList<>(names);
            head.addAll(card.examples());
            Set<String> nameWords = new HashSet<>();
            names.forEach(t -> nameWords.addAll(terms.words(t)));
            Set<String> headWords = new HashSet<>();
            Set<String> headPairs = new HashSet<>();
            List<Set<String>> said = new ArrayList<>();
            StringBuilder claimed = new StringBuilder();
            for (String text : head) {
                headWords.addAll(terms.words(text));
                said.add(Set.copyOf(terms.words(text)));
                headPairs.addAll(terms.pairs(text));
                claimed.append(terms.padded(text));
            }
            Set<String> bodyWords = new HashSet<>(terms.words(body(card)));
            List<String> longNames = names.stream().map(terms::padded).filter(n -> n.strip().contains(" ")).toList();
            entries.add(new Entry(card, nameWords, headWords, bodyWords, headPairs, said, claimed.toString(), longNames));
            headWords.forEach(w -> documentFrequency.merge(w, 1, Integer::sum));
            knownPairs.addAll(headPairs);
        }
        // "lệ phí" is in every card's body (each states its fee) but names one card: rarity counts in the heads, and
        // only a word no head has ("chứng sinh") is as rare as the bodies that have it
        Map<String, Integer> bodyOnly = new HashMap<>();
        entries.forEach(e -> e.bodyWords.stream().filter(w -> !documentFrequency.containsKey(w))
                .forEach(w -> bodyOnly.merge(w, 1, Integer::sum)));
        documentFrequency.putAll(bodyOnly);
        this.typos = new Typos(documentFrequency.keySet());
        for (Entry e : entries) {
            e.ownNames.addAll(e.longNames.stream()
                    .filter(n -> entries.stream().noneMatch(o -> o != e && o.claimed.contains(n))).toList());
        }
    }

    /**
     * @param askingHelp the question is already known to be a citizen asking for help ("bà tôi không biết dùng điện
     *                   thoại, ai hướng dẫn?"): words no card has (who, how old, a typo) then weigh like common words;
     *                   otherwise they weigh most, so "giá vàng hôm nay" finds no card
     */
    public CardMatch match(String question, boolean askingHelp) {
        List<Scored> ranked = rank(question, askingHelp);
        String asked = terms.padded(question);
        // the best-ranked card answers if it covers enough; else a card that does and ranks nearly as high ("học cách
        // dùng điện thoại … tìm ai": the skills card names more of it, the help card covers the "who"); a card far
        // below is not what was asked
        Optional<Scored> best = ranked.stream().findFirst().flatMap(top -> ranked.stream()
                .filter(s -> s.confident() && s.rank() >= RUNNER_UP * top.rank()).findFirst());
        Optional<ProcedureNames.Procedure> other = procedures.unclaimed(asked, best.map(s -> entry(s.card).claimed).orElse(null));
        if (other.isPresent()) {
            return new CardMatch(null, 0, other.get().name());
        }
        return best.map(s -> new CardMatch(s.card, s.score, null)).orElse(CardMatch.none());
    }

    /** The cards that share words with the question, best first (stable: on a tie the card listed first wins). */
    public List<Scored> rank(String question, boolean askingHelp) {
        List<String> words = terms.words(question).stream().map(typos::correct).distinct().toList();
        Set<String> added = terms.added(question);
        Map<String, Double> weights = new HashMap<>();
        words.forEach(w -> weights.put(w, (added.contains(w) ? ADDED_WEIGHT : 1) * weight(w, askingHelp)));
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        List<Scored> out = new ArrayList<>();
        if (total == 0) {
            return out;
        }
        Set<String> pairs = new HashSet<>(terms.pairs(question));
        pairs.retainAll(knownPairs);
        Map<String, Set<String>> bound = boundWords(question);
        String asked = terms.padded(question);
        for (Entry e : entries) {
            double hit = 0;
            double head = 0;
            for (String w : words) {
                if (bound.containsKey(w) && Collections.disjoint(bound.get(w), e.headPairs)) {
                    // "tử" asked in "khai tử" is not the "tử" of the card's "điện tử"
                    if (e.headWords.contains(w) || e.bodyWords.contains(w)) {
                        hit += BODY_WEIGHT * weights.get(w);
                    }
                } else if (e.nameWords.contains(w)) {
                    hit += weights.get(w);
                    head += weights.get(w);
                } else if (e.headWords.contains(w)) {
                    hit += EXAMPLE_WEIGHT * weights.get(w);
                    head += EXAMPLE_WEIGHT * weights.get(w);
                } else if (e.bodyWords.contains(w)) {
                    hit += BODY_WEIGHT * weights.get(w);
                }
            }
            if (hit == 0) {
                continue;
            }
            long pairHits = pairs.stream().filter(e.headPairs::contains).count();
            double pairShare = pairs.isEmpty() ? 0 : (double) pairHits / pairs.size();
            double said = e.said.stream().filter(n -> !n.isEmpty())
                    .mapToDouble(n -> (double) n.stream().filter(words::contains).count() / n.size()).max().orElse(0);
            double score = hit / total;
            boolean named = e.ownNames.stream().anyMatch(asked::contains);
            double floor = (named ? MIN_NAMED_SCORE : MIN_SCORE) + (askingHelp ? 0 : GUESS_MARGIN);
            boolean confident = score >= floor && head / total >= MIN_HEAD_SCORE;
            out.add(new Scored(e.card, score, score + PAIR_BONUS * pairShare + NAME_BONUS * said
                    + (named ? NAMED_BONUS : 0), confident));
        }
        out.sort(Comparator.comparingDouble(Scored::rank).reversed());
        return out;
    }

    /** The question's words that it types inside a pair some card names ("khai tử"), with those pairs. */
    private Map<String, Set<String>> boundWords(String question) {
        Map<String, Set<String>> bound = new HashMap<>();
        for (String pair : terms.typedPairs(question)) {
            if (knownPairs.contains(pair)) {
                for (String w : pair.split(" ")) {
                    bound.computeIfAbsent(w, k -> new HashSet<>()).add(pair);
                }
            }
        }
        return bound;
    }

    private double weight(String word, boolean askingHelp) {
        Integer df = documentFrequency.get(word);
        if (df == null) {
            // a word no card has: as common as any when the question is known to be an errand (who asks, a typo), as
            // rare as the rarest card word otherwise, so a question about something else finds no card
            df = askingHelp ? entries.size() : 1;
        }
        return Math.log(1 + (entries.size() + 1.0) / (df + 0.5));
    }

    private Entry entry(ProcedureCard card) {
        return entries.stream().filter(e -> e.card == card).findFirst().orElseThrow();
    }

    private static List<String> bodyTexts(ProcedureCard card) {
        List<String> parts = new ArrayList<>(List.of(card.what(), card.who(), card.where(), card.timeLimit(), card.fee(),
                card.result()));
        parts.addAll(card.steps());
        parts.addAll(card.documents());
        return parts;
    }

    private static String body(ProcedureCard card) {
        return String.join(" ", bodyTexts(card));
    }

    /**
     * A card and how it matches a question.
     *
     * @param score     share of the question's weight the card covers
     * @param rank      the score with the bonus for word pairs in common, to order cards
     * @param confident whether the card may answer
     */
    public record Scored(ProcedureCard card, double score, double rank, boolean confident) {
    }

    /** @param ownNames the card's names of two words or more that no other card's head has (filled once all are read) */
    private record Entry(ProcedureCard card, Set<String> nameWords, Set<String> headWords, Set<String> bodyWords,
                         Set<String> headPairs, List<Set<String>> said, String claimed, List<String> longNames,
                         Set<String> ownNames) {
        Entry(ProcedureCard card, Set<String> nameWords, Set<String> headWords, Set<String> bodyWords, Set<String> headPairs,
              List<Set<String>> said, String claimed, List<String> longNames) {
            this(card, nameWords, headWords, bodyWords, headPairs, said, claimed, longNames, new HashSet<>());
        }
    }
}
