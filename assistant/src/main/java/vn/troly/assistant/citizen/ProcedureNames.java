package vn.troly.assistant.citizen;

import vn.troly.assistant.prompt.Prompts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Procedures people ask about by name (prompts/citizen/procedures.txt): a question that names one the chosen card does
 * not claim is about another procedure, and gets "no guide for this one" rather than a card that shares its words.
 */
final class ProcedureNames {

    /** A procedure: its name as said to the user, and the folded, padded phrases that name it. */
    record Procedure(String name, List<String> phrases) {
    }

    private final List<Procedure> procedures = new ArrayList<>();

    ProcedureNames(CardTerms terms) {
        for (String line : Prompts.text("citizen/procedures.txt").lines().map(String::strip).toList()) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\|", 2);
            List<String> phrases = new ArrayList<>();
            phrases.add(terms.padded(parts[0]));
            if (parts.length > 1) {
                for (String p : parts[1].split(";")) {
                    if (!p.isBlank()) {
                        phrases.add(terms.padded(p));
                    }
                }
            }
            procedures.add(new Procedure(parts[0].strip(), List.copyOf(phrases)));
        }
    }

    /**
     * The first procedure the question names whose phrase the card's own words do not hold.
     *
     * @param asked    the question, padded
     * @param claimed  the card's title, aliases and examples, padded and joined (null: no card)
     */
    Optional<Procedure> unclaimed(String asked, String claimed) {
        for (Procedure p : procedures) {
            for (String phrase : p.phrases()) {
                if (asked.contains(phrase) && (claimed == null || !claimed.contains(phrase))) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }
}
