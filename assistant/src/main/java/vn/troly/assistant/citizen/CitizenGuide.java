package vn.troly.assistant.citizen;

import vn.troly.knowledge.text.SynonymTable;
import vn.troly.knowledge.text.VietnameseNormalizer;

import java.util.List;
import java.util.Optional;

/** The citizen guide: the procedure cards of prompts/citizen and the matcher that picks one for a question. */
public final class CitizenGuide {

    private final List<ProcedureCard> cards;
    private final CardMatcher matcher;
    private final CardFields fields;

    public CitizenGuide(VietnameseNormalizer normalizer, SynonymTable synonyms) {
        this.cards = CitizenCards.load();
        this.matcher = new CardMatcher(cards, normalizer, synonyms);
        this.fields = new CardFields(new CardTerms(normalizer, synonyms));
    }

    /**
     * A follow-up to the card last shown ("cần giấy tờ gì?", "mất bao lâu?"): the field it asks for, of that card or
     * of another card the question names ("thế khai tử thì cần giấy tờ gì?").
     *
     * @param lastCardId the card the conversation's last answer was, or null
     */
    public Optional<FieldAsked> followUp(String question, String lastCardId) {
        if (lastCardId == null) {
            return Optional.empty();
        }
        Optional<CardFields.Phrase> field = fields.asked(question);
        if (field.isEmpty()) {
            return Optional.empty();
        }
        // the card named besides the field's own words: "giấy tờ" in "cần giấy tờ gì" names no card
        CardMatch named = matcher.match(fields.without(question, field.get()), true);
        if (named.declined()) {
            return Optional.empty();
        }
        ProcedureCard card = named.found() ? named.card() : cards.stream().filter(c -> c.id().equals(lastCardId)).findFirst().orElse(null);
        return card == null ? Optional.empty() : Optional.of(new FieldAsked(card, field.get().field(), field.get().label()));
    }

    /** The field of a card a follow-up asks for, and the label its answer starts with. */
    public record FieldAsked(ProcedureCard card, String field, String label) {
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
