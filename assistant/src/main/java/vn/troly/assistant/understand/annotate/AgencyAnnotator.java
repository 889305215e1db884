package vn.troly.assistant.understand.annotate;

import vn.troly.assistant.understand.AgencyMentions;
import vn.troly.assistant.understand.Annotator;
import vn.troly.assistant.understand.ParsedQuestion;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Marks the agency a question names ("Phòng Kinh tế", "CA xã", "TTPVHCC"), longest name first. */
public final class AgencyAnnotator implements Annotator {

    /** "do", "của", "bởi", "thuộc", "mà", "ngoài" right before an agency tie it to the question: they are no topic words. */
    private static final Set<String> TIES = Set.of("do", "cua", "boi", "thuoc", "voi", "cho", "ma", "ngoai", "tru");

    private final AgencyMentions agencies;

    public AgencyAnnotator(AgencyMentions agencies) {
        this.agencies = agencies;
    }

    @Override
    public void annotate(ParsedQuestion question) {
        agencies.find(question.joined()).ifPresent(mention -> {
            Matcher m = Pattern.compile("(?<![a-z0-9])" + Pattern.quote(mention.words()) + "(?![a-z0-9])").matcher(question.joined());
            while (m.find()) {
                int[] words = question.wordsOf(m.start(), m.end());
                if (words != null && question.claim(words[0], words[1], ParsedQuestion.Label.AGENCY, null)) {
                    question.agency(mention.agency());
                    return;
                }
            }
        });
    }

    /**
     * The tie word before the agency is no topic word; claimed after the cues, so that a cue that ends in one ("giao
     * cho Phòng Kinh tế chủ trì") keeps it.
     */
    public static Annotator ties() {
        return question -> {
            for (int i = 0; i < question.tokens().size(); i++) {
                if (question.label(i) == ParsedQuestion.Label.AGENCY) {
                    if (tied(question, i)) {
                        question.claim(i - 1, i, ParsedQuestion.Label.FILLER, null);
                    }
                    return;
                }
            }
        };
    }

    /** Whether a tie word stands right before the word at this index. */
    public static boolean tied(ParsedQuestion question, int agencyStart) {
        return agencyStart > 0 && TIES.contains(question.tokens().get(agencyStart - 1).folded());
    }
}
