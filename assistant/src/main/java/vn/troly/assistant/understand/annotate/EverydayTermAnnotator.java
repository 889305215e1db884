package vn.troly.assistant.understand.annotate;

import vn.troly.assistant.understand.Annotator;
import vn.troly.assistant.understand.Cue;
import vn.troly.assistant.understand.ParsedQuestion;
import vn.troly.knowledge.text.Thesaurus;

/**
 * Keeps the everyday terms of the thesaurus whole in the topic ("không phải nộp lại", "làm online", "scan"): their
 * words would otherwise read as question words ("không", "phải") or cues ("làm"), and search could no longer replace
 * the term by the plan's.
 */
public final class EverydayTermAnnotator implements Annotator {

    private final Thesaurus thesaurus;

    public EverydayTermAnnotator(Thesaurus thesaurus) {
        this.thesaurus = thesaurus;
    }

    @Override
    public void annotate(ParsedQuestion question) {
        // as written, so a term is not read into a word that only folds like it ("Chỉ em cách…" is not "chị em")
        String joined = question.writtenJoined();
        int from = 0;
        for (Thesaurus.Replacement term : thesaurus.rewrite(joined).replacements()) {
            int start = joined.indexOf(term.everyday(), from);
            if (start < 0) {
                continue;
            }
            from = start + term.everyday().length();
            int[] words = question.wordsOf(start, from);
            if (words != null) {
                question.claim(words[0], words[1], ParsedQuestion.Label.KEEP, Cue.EVERYDAY_TERM);
            }
        }
    }
}
