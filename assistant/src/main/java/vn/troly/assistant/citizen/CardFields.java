package vn.troly.assistant.citizen;

import vn.troly.assistant.prompt.Prompts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which field of a card a follow-up asks for ("cần giấy tờ gì?" the documents, "mất bao lâu?" the time limit), from
 * the phrases of prompts/citizen/fields.yml; the longest phrase found decides ("kết quả nhận ở đâu" is the result).
 */
public final class CardFields {

    /** A field of a card, the label its answer starts with, and one phrase that asks for it (padded, folded). */
    record Phrase(String field, String label, String padded) {
    }

    private final List<Phrase> phrases = new ArrayList<>();
    private final CardTerms terms;

    CardFields(CardTerms terms) {
        this.terms = terms;
        Map<String, Object> fields = Prompts.yaml("citizen/fields.yml");
        fields.forEach((field, spec) -> {
            if (!ProcedureCard.FIELDS.contains(field) || !(spec instanceof Map<?, ?> m) || !(m.get("phrases") instanceof List<?> list)) {
                throw new IllegalStateException("prompts/citizen/fields.yml: " + field + " is no card field with phrases");
            }
            for (Object p : list) {
                phrases.add(new Phrase(field, String.valueOf(m.get("label")), terms.padded(String.valueOf(p))));
            }
        });
        phrases.sort(Comparator.comparingInt((Phrase p) -> p.padded().length()).reversed());
    }

    /** The question without the phrase that asks for the field. */
    String without(String question, Phrase phrase) {
        return terms.padded(question).replace(phrase.padded(), " ").strip();
    }

    /** The field the question asks for and its label, if it asks for one. */
    Optional<Phrase> asked(String question) {
        String asked = terms.padded(question);
        return phrases.stream().filter(p -> asked.contains(p.padded())).findFirst();
    }
}
