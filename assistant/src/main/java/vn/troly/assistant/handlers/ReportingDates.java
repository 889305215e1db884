package vn.troly.assistant.handlers;

import vn.troly.assistant.tools.PlanTools;
import vn.troly.knowledge.agency.Agency;
import vn.troly.knowledge.text.VietnameseNormalizer;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the sentence of a plan's body that says by when a report is due ("trước ngày 20 hằng tháng"): plans state
 * reporting duties in their implementation section, as prose, not in the appendix tables.
 */
public final class ReportingDates {

    /**
     * A due day: "trước ngày 20", "trước ngày 10/11", "chậm nhất ngày 15 tháng 12", "ngày 20 hằng tháng" (folded); not
     * the date of a cited document ("Nghị quyết … ngày 22/12/2024").
     */
    private static final Pattern DUE_DAY = Pattern.compile(
            "\\b(?:truoc|cham nhat|han chot|han)(?: la)? ngay \\d{1,2}\\b|\\bngay \\d{1,2} (?:hang|moi) thang\\b");
    /** How often: "hằng tháng", "hàng quý", "định kỳ năm", "mỗi năm" (folded). */
    private static final Pattern PERIOD = Pattern.compile("\\b(?:hang|moi|dinh ky)(?: hang)? (thang|quy|nam)\\b");
    /** Sentences end at a line break, or at "." or ";" before a capital letter ("10/11" and "5.1" stay whole). */
    private static final Pattern SENTENCE = Pattern.compile("\\n|(?<=[.;])\\s+(?=\\p{Lu})");
    /** Words every reporting question and sentence share, or that ask rather than say. */
    private static final Set<String> FILLER = Set.of("nao", "gi", "la", "co", "khong", "phai", "cua", "va", "cac", "nhung",
            "cho", "ve", "thi", "den", "truoc", "ngay", "khi", "luc", "may", "gio", "han", "hang", "moi", "dinh", "ky");
    private static final int SECTIONS = 8;

    /** A sentence and the section it stands in. */
    record Passage(PlanTools.SectionExcerpt section, String sentence) {
    }

    private final PlanTools tools;
    private final VietnameseNormalizer normalizer;
    private final Function<String, List<Agency>> agenciesIn;

    public ReportingDates(PlanTools tools, VietnameseNormalizer normalizer, Function<String, List<Agency>> agenciesIn) {
        this.tools = tools;
        this.normalizer = normalizer;
        this.agenciesIn = agenciesIn;
    }

    /**
     * The dated sentence that best matches the question: most of its words and word pairs, the same period ("hằng
     * tháng" is not "hằng năm"), in the section of the agency asked about; earlier search hits win ties.
     */
    Optional<Passage> find(String question, String communeId, Agency agency) {
        String asked = normalizer.fold(question);
        List<String> words = normalizer.foldedWords(question);
        Set<String> wanted = new HashSet<>(words);
        wanted.removeAll(FILLER);
        Set<String> pairs = pairs(words);
        Set<String> periods = periods(asked);
        Passage best = null;
        double bestScore = 0;
        List<PlanTools.SectionExcerpt> sections = tools.searchPlanSections(question, communeId, SECTIONS);
        for (int rank = 0; rank < sections.size(); rank++) {
            PlanTools.SectionExcerpt section = sections.get(rank);
            String place = section.path() + " " + section.heading();
            List<Agency> named = agenciesIn.apply(place);
            boolean agencyHere = agency != null && named.contains(agency);
            // another agency's duty is no answer about this one; a section for all units ("Các phòng, đơn vị") is
            boolean otherAgency = agency != null && !agencyHere && !named.isEmpty();
            Set<String> placeWords = new HashSet<>(normalizer.foldedWords(place));
            for (String sentence : SENTENCE.split(section.text())) {
                String folded = normalizer.fold(sentence);
                boolean due = DUE_DAY.matcher(folded).find() && folded.contains("bao cao");
                if (!due || (otherAgency && !agenciesIn.apply(sentence).contains(agency))) {
                    continue;
                }
                List<String> own = normalizer.foldedWords(sentence);
                Set<String> seen = new HashSet<>(own);
                seen.addAll(placeWords);
                double score = wanted.stream().filter(seen::contains).count();
                Set<String> shared = pairs(own);
                shared.retainAll(pairs);
                score += shared.size();
                if (!periods.isEmpty() && periods.stream().anyMatch(periods(folded)::contains)) {
                    score += 2;
                }
                if (agencyHere) {
                    score += 2;
                }
                score -= 0.1 * rank;
                if (score > bestScore) {
                    bestScore = score;
                    best = new Passage(section, sentence.strip().replaceFirst("^[-–•+]\\s*", ""));
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static Set<String> pairs(List<String> words) {
        Set<String> pairs = new HashSet<>();
        for (int i = 1; i < words.size(); i++) {
            if (!FILLER.contains(words.get(i - 1)) && !FILLER.contains(words.get(i))) {
                pairs.add(words.get(i - 1) + " " + words.get(i));
            }
        }
        return pairs;
    }

    private static Set<String> periods(String folded) {
        Set<String> found = new HashSet<>();
        Matcher m = PERIOD.matcher(folded);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
