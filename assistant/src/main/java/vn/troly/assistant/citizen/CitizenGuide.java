package vn.troly.assistant.citizen;

import vn.troly.knowledge.text.SynonymTable;
import vn.troly.knowledge.text.VietnameseNormalizer;

import java.util.List;

/** The citizen guide: the procedure cards of prompts/citizen and the matcher that picks one for a question. */
public final class CitizenGuide {

    private final List<ProcedureCard> cards;
    private final CardMatcher matcher;

    public CitizenGuide(VietnameseNormalizer normalizer, SynonymTable synonyms) {
        this.cards = CitizenCards.load();
        this.matcher = new CardMatcher(cards, normalizer, synonyms);
    }

    public List<ProcedureCard> cards() {
        return cards;
    }

    /** @see CardMatcher#match */
    public CardMatch match(String question, boolean askingHelp) {
        return matcher.match(question, askingHelp);
    }

    /** The cards that could answer a question, best first, at most {@code limit}. */
    public List<ProcedureCard> search(String question, int limit) {
        return matcher.rank(question, false).stream().filter(CardMatcher.Scored::confident).limit(limit)
                .map(CardMatcher.Scored::card).toList();
    }
}
