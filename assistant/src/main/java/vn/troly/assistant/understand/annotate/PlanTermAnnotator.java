package vn.troly.assistant.understand.annotate;

import vn.troly.assistant.understand.Annotator;
import vn.troly.assistant.understand.ParsedQuestion;
import vn.troly.assistant.understand.PhraseSet;

import java.util.Set;
import java.util.function.Supplier;

/**
 * Keeps two neighbouring words in the topic when the plans use them together ("cơ quan", "tốc độ", "dịch vụ"),
 * although one of them alone would be a question word once diacritics are gone ("có", "độ", "vụ"). Runs after the
 * cues and before the question words; a pair that is itself a question phrase ("thực hiện") or of two question
 * words ("và các") is never kept.
 */
public final class PlanTermAnnotator implements Annotator {

    private final Supplier<Set<String>> planBigrams;
    private final PhraseSet questionWords;

    /** @param planBigrams folded word pairs of the plans' row names */
    public PlanTermAnnotator(Supplier<Set<String>> planBigrams, PhraseSet questionWords) {
        this.planBigrams = planBigrams;
        this.questionWords = questionWords;
    }

    @Override
    public void annotate(ParsedQuestion question) {
        Set<String> bigrams = planBigrams.get();
        if (bigrams.isEmpty()) {
            return;
        }
        for (int i = 0; i + 1 < question.tokens().size(); i++) {
            String pair = question.words(i, i + 2);
            if (!question.free(i, i + 2) || !bigrams.contains(pair) || questionWords.matchesWhole(question, i, i + 2)) {
                continue;
            }
            boolean firstAsks = questionWords.matchesWhole(question, i, i + 1);
            boolean secondAsks = questionWords.matchesWhole(question, i + 1, i + 2);
            if (firstAsks != secondAsks) {
                question.claim(i, i + 2, ParsedQuestion.Label.KEEP, null);
            }
        }
    }
}
