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
        String[] words = asked.strip().split(" ");
        for (Procedure p : procedures) {
            for (String phrase : p.phrases()) {
                if (said(words, phrase.strip().split(" ")) && (claimed == null || !claimed.contains(phrase))) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Most words the question may put between the words of a name of three words or more: "làm lại thẻ căn cước"
     * names "làm lại căn cước". A two-word name must be said as it is: "hồ sơ cấp độ" does not name "sổ đỏ".
     */
    private static final int GAP = 2;

    /** Whether the question has the phrase's words in order, with at most {@link #GAP} other words among them. */
    static boolean said(String[] words, String[] phrase) {
        int gap = phrase.length >= 3 ? GAP : 0;
        for (int start = 0; start < words.length; start++) {
            if (!words[start].equals(phrase[0])) {
                continue;
            }
            int next = 1;
            int skipped = 0;
            for (int at = start + 1; at < words.length && next < phrase.length && skipped <= gap; at++) {
                if (words[at].equals(phrase[next])) {
                    next++;
                } else {
                    skipped++;
                }
            }
            if (next == phrase.length && skipped <= gap) {
                return true;
            }
        }
        return false;
    }
}
