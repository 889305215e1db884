package vn.troly.assistant.compose;

import vn.troly.assistant.answer.IndicatorCard;
import vn.troly.assistant.prompt.Prompts;
import vn.troly.assistant.tools.ValueTools;

/**
 * Gives an indicator card the status its asker may see, whoever made the card (a handler, the LLM agent's tools):
 * staff get the status of the one rule as of today, others "internal" with the note that the commune keeps the
 * figures, never "no data" for figures they simply may not see. Tasks have no values and keep no status.
 */
public final class CardLabels {

    private final ValueTools values;
    private final Prompts prompts;

    public CardLabels(ValueTools values, Prompts prompts) {
        this.values = values;
        this.prompts = prompts;
    }

    /** @param seesValues whether the asker may see this card's commune's values */
    public IndicatorCard label(IndicatorCard card, boolean seesValues) {
        return values.indicator(card.id()).map(indicator -> {
            if (!seesValues) {
                return card.withStatus(null, "internal", prompts.render("card_status_internal"),
                        prompts.render("card_values_internal"));
            }
            IndicatorCard shown = card.status() == null ? Cards.withProgress(card, values.progress(indicator)) : card;
            return shown.withStatus(shown.latestValue(), shown.status(), prompts.render("card_status_" + shown.status()),
                    shown.latestValue() == null ? prompts.render("card_no_value") : null);
        }).orElse(card);
    }
}
