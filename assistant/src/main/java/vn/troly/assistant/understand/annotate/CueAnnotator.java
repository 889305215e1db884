package vn.troly.assistant.understand.annotate;

import vn.troly.assistant.understand.Annotator;
import vn.troly.assistant.understand.Cue;
import vn.troly.assistant.understand.ParsedQuestion;
import vn.troly.assistant.understand.PhraseSet;

/**
 * Marks cues ("chủ trì", "bao nhiêu", "khi nào" …) from {@code prompts/cues.yml}, longest first. A cue that starts
 * with a word written in capitals in a message that has lower-case letters is an abbreviation ("AI" is not "ai"),
 * unless it names the plan itself ("KH CĐS", "KH của xã ban hành khi nào").
 */
public final class CueAnnotator implements Annotator {

    private final PhraseSet phrases;

    public CueAnnotator(PhraseSet phrases) {
        this.phrases = phrases;
    }

    @Override
    public void annotate(ParsedQuestion question) {
        for (PhraseSet.Match<Cue> match : phrases.<Cue>matches(question, ParsedQuestion.Label.DATE)) {
            if (match.tag() == Cue.PLAN_NOUN || namesThePlan(question, match.from()) || !question.abbreviation(match.from())) {
                if (!question.claim(match.from(), match.to(), ParsedQuestion.Label.CUE, match.tag())) {
                    // a date the date annotator took inside the phrase is the date's, the rest the cue's
                    claimAround(question, match.from(), match.to(), match.tag());
                }
            }
        }
    }

    /** Claims the free words of [from, to), a phrase the matcher let hold dates ("kế hoạch năm 2026 số mấy"). */
    private static void claimAround(ParsedQuestion question, int from, int to, Cue cue) {
        if (!question.freeThrough(from, to, ParsedQuestion.Label.DATE)) {
            return;
        }
        for (int i = from; i < to; ) {
            int end = i;
            while (end < to && question.label(end) == null) {
                end++;
            }
            question.claim(i, end, ParsedQuestion.Label.CUE, cue);
            i = end;
            while (i < to && question.label(i) != null) {
                i++;
            }
        }
    }

    /** "KH" in capitals is the plan ("KH của xã ban hành ngày nào?"), whichever cue it opens. */
    private static boolean namesThePlan(ParsedQuestion question, int word) {
        return question.tokens().get(word).folded().equals("kh");
    }
}
