package vn.troly.assistant.handlers;

import vn.troly.assistant.tools.PlanTools;
import vn.troly.knowledge.agency.Agency;
import vn.troly.knowledge.text.VietnameseNormalizer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The sentence of a plan's body that holds a topic no table row holds: plans state some duties and aims only as prose
 * ("Trung tâm Dịch vụ Tổng hợp xã chịu trách nhiệm chính về truyền thông …", "phương châm hành động năm 2026 …").
 */
final class BodyPassages {

    /**
     * Sentences end at a line break, or at ".", ";" or ":" before a capital letter ("10/11" and "5.1" stay whole): the
     * colon too, unlike ReportingDates, since prose gives a duty after a heading and a colon.
     */
    private static final Pattern SENTENCE = Pattern.compile("\\n|(?<=[.;:])\\s+(?=\\p{Lu})");
    private static final int SECTIONS = 3;
    /** Words every question and plan sentence share ("của xã", "kế hoạch"), or that ask rather than say. */
    private static final Set<String> FRAME = Set.of("la", "gi", "cua", "xa", "nao", "the", "thi", "co", "khong", "ke",
            "hoach", "nhung", "cac", "ve", "va", "trong", "duoc");

    /** Words that give a duty to someone (folded). */
    private static final Pattern DUTY = Pattern.compile("\\b(chu tri|chiu trach nhiem|phu trach|dau moi|phoi hop|duoc giao|giao cho)\\b");

    /** A sentence and the section it stands in. */
    record Passage(PlanTools.SectionExcerpt section, String sentence) {
    }

    private final PlanTools tools;
    private final VietnameseNormalizer normalizer;
    private final Function<String, List<Agency>> agenciesIn;

    BodyPassages(PlanTools tools, VietnameseNormalizer normalizer, Function<String, List<Agency>> agenciesIn) {
        this.tools = tools;
        this.normalizer = normalizer;
        this.agenciesIn = agenciesIn;
    }

    /**
     * The first sentence, in the sections that hold the topic as a row would have to, that has every word of the topic
     * and, of several, its words side by side as the question writes them: prose is long, and a sentence with the
     * words scattered is about something else. Asked who does it, the sentence or its section must give someone a duty.
     */
    Optional<Passage> find(String topic, String communeId, boolean whoDoesIt) {
        List<String> wanted = normalizer.foldedWords(topic);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        Set<String> pairs = pairs(wanted);
        for (PlanTools.SectionMatch match : tools.findPlanSections(topic, communeId, SECTIONS)) {
            if (!match.relevant(RowFinder.MIN_COVERAGE)) {
                continue;
            }
            for (String sentence : SENTENCE.split(match.section().text())) {
                List<String> words = normalizer.foldedWords(sentence);
                Set<String> together = pairs(words);
                boolean saysWho = !whoDoesIt || DUTY.matcher(normalizer.fold(match.section().heading() + " " + sentence)).find()
                        || !agenciesIn.apply(match.section().heading() + " " + sentence).isEmpty();
                if (saysWho && words.containsAll(wanted) && (pairs.isEmpty() || pairs.stream().anyMatch(together::contains))) {
                    return Optional.of(new Passage(match.section(), sentence.strip().replaceFirst("^[-–•+*]\\s*", "").replace("**", "")));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Of the sections search found for a question, the one with a sentence (or heading) that has most of the
     * question's words side by side ("phương châm hành động năm 2026" written as asked); search's order settles ties.
     * Search ranks by rare words, which a section of cited documents ("năm 2026", "xã") has in plenty.
     */
    PlanTools.SectionExcerpt mostTogether(String question, List<PlanTools.SectionExcerpt> sections) {
        Set<String> asked = pairs(normalizer.foldedWords(question));
        asked.removeIf(pair -> Arrays.stream(pair.split(" ")).anyMatch(FRAME::contains));
        PlanTools.SectionExcerpt best = sections.get(0);
        long bestShared = 0;
        for (PlanTools.SectionExcerpt section : sections) {
            // the heading counts as a sentence: "nhằm mục đích gì" is answered by the part headed "Mục đích"
            List<String> sentences = new ArrayList<>(List.of(section.heading()));
            sentences.addAll(Arrays.asList(SENTENCE.split(section.text())));
            for (String sentence : sentences) {
                Set<String> together = pairs(normalizer.foldedWords(sentence));
                long shared = asked.stream().filter(together::contains).count();
                if (shared > bestShared) {
                    bestShared = shared;
                    best = section;
                }
            }
        }
        return best;
    }

    private static Set<String> pairs(List<String> words) {
        Set<String> pairs = new HashSet<>();
        for (int i = 1; i < words.size(); i++) {
            pairs.add(words.get(i - 1) + " " + words.get(i));
        }
        return pairs;
    }
}
