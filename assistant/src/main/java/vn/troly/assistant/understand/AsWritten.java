package vn.troly.assistant.understand;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What folding loses of a question's words, read from the question as written: which are in capitals ("AI" is not
 * "ai", who) and how each is spelled in lower case (its diacritics tell "đạt" from "đất").
 */
final class AsWritten {

    private final boolean[] capitals;
    private final String[] spelled;
    private final boolean mixedCase;

    private AsWritten(boolean[] capitals, String[] spelled, boolean mixedCase) {
        this.capitals = capitals;
        this.spelled = spelled;
        this.mixedCase = mixedCase;
    }

    /** The words are as written. */
    static AsWritten of(List<ParsedQuestion.Token> tokens, String text) {
        String[] spelled = new String[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            spelled[i] = tokens.get(i).text().toLowerCase(Locale.ROOT);
        }
        return new AsWritten(new boolean[tokens.size()], spelled, text.chars().anyMatch(Character::isLowerCase));
    }

    /**
     * The words of a text derived from the written one (folded, the commune taken out): the k-th "ai" of the text is
     * the k-th "ai" as written, so "ai phụ trách camera AI" has one of each.
     */
    static AsWritten lineUp(List<ParsedQuestion.Token> tokens, List<ParsedQuestion.Token> written, String writtenText) {
        AsWritten out = of(tokens, writtenText);
        Map<String, List<ParsedQuestion.Token>> byWord = new HashMap<>();
        written.forEach(t -> byWord.computeIfAbsent(t.folded(), k -> new ArrayList<>()).add(t));
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.get(i).folded();
            int k = seen.merge(word, 1, Integer::sum) - 1;
            List<ParsedQuestion.Token> same = byWord.getOrDefault(word, List.of());
            out.capitals[i] = k < same.size() ? same.get(k).capitals() : same.stream().anyMatch(ParsedQuestion.Token::capitals);
            if (k < same.size()) {
                out.spelled[i] = same.get(k).text().toLowerCase(Locale.ROOT);
            }
        }
        return out;
    }

    /** Whether word i is in capitals in a text that has lower-case letters. */
    boolean inCapitals(int i, ParsedQuestion.Token token) {
        return mixedCase && (token.capitals() || capitals[i]);
    }

    /** Whether word i can be the word {@code word} spells: written without diacritics, any word it folds to. */
    boolean spells(int i, String folded, String word) {
        return spelled[i].equals(folded) || spelled[i].equals(word);
    }

    /** Word i as written, lower case; its folded form where the two would not line up character for character. */
    String word(int i, String folded) {
        return spelled[i].length() == folded.length() ? spelled[i] : folded;
    }
}
