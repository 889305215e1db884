package vn.troly.assistant.understand.annotate;

import vn.troly.assistant.understand.Annotator;
import vn.troly.assistant.understand.ParsedQuestion;
import vn.troly.assistant.understand.PhraseSet;

/** Claims the words of a list of phrases with one label: compounds to keep, question words to drop. */
public final class PhraseAnnotator implements Annotator {

    private final PhraseSet phrases;
    private final ParsedQuestion.Label label;

    public PhraseAnnotator(PhraseSet phrases, ParsedQuestion.Label label) {
        this.phrases = phrases;
        this.label = label;
    }

    @Override
    public void annotate(ParsedQuestion question) {
        phrases.claim(question, label);
    }
}
