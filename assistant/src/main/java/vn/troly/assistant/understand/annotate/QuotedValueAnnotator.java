package vn.troly.assistant.understand.annotate;

import vn.troly.assistant.understand.Annotator;
import vn.troly.assistant.understand.ParsedQuestion;
import vn.troly.assistant.understand.PhraseSet;

/**
 * Marks a figure the question quotes ("đạt 0,70", "trên 80%", "đạt 100"): a row's target that names the row, not
 * words of its name. A number that names a thing ("5G", "14 tuổi") is not a figure.
 */
public final class QuotedValueAnnotator implements Annotator {

    private static final PhraseSet VALUES = new PhraseSet()
            .add("((dat|muc|toi thieu|it nhat|tren|duoi|khoang) )*(\\d+\\.\\d+( %| phan tram)?|\\d+ (%|phan tram))", "value", s -> s)
            .add("(dat|toi thieu|it nhat) \\d+(?! ([a-z]|%))", "value", s -> s);

    @Override
    public void annotate(ParsedQuestion question) {
        if (!VALUES.claim(question, ParsedQuestion.Label.VALUE).isEmpty()) {
            question.quotesValue(true);
        }
    }
}
