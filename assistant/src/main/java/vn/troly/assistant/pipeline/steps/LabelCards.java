package vn.troly.assistant.pipeline.steps;

import vn.troly.assistant.answer.IndicatorCard;
import vn.troly.assistant.compose.Cards;
import vn.troly.assistant.pipeline.Step;
import vn.troly.assistant.pipeline.TurnContext;
import vn.troly.assistant.prompt.Prompts;
import vn.troly.assistant.tools.ValueTools;
import vn.troly.knowledge.library.PlanLibrary;

import java.util.List;

/**
 * Gives every indicator card the status its asker may see, whichever step made it: staff get the status of the one
 * rule as of today (a card made without it gets it here), others "internal" with the note that the commune keeps the
 * figures, never "no data" for figures they simply may not see. Tasks have no values and keep no status.
 */
public final class LabelCards implements Step {

    private final PlanLibrary library;
    private final ValueTools values;
    private final Prompts prompts;

    public LabelCards(PlanLibrary library, ValueTools values, Prompts prompts) {
        this.library = library;
        this.values = values;
        this.prompts = prompts;
    }

    @Override
    public String name() {
        return "cards";
    }

    @Override
    public boolean closesTurn() {
        return true;
    }

    @Override
    public void run(TurnContext turn) {
        List<IndicatorCard> cards = turn.indicators();
        cards.replaceAll(card -> label(card, turn));
    }

    private IndicatorCard label(IndicatorCard card, TurnContext turn) {
        return library.indicator(card.id()).map(indicator -> {
            if (!turn.seesValuesOf(card.commune())) {
                return card.withStatus(null, "internal", prompts.render("card_status_internal"),
                        prompts.render("card_values_internal"));
            }
            IndicatorCard shown = card.status() == null ? Cards.withProgress(card, values.progress(indicator)) : card;
            return shown.withStatus(shown.latestValue(), shown.status(), prompts.render("card_status_" + shown.status()),
                    shown.latestValue() == null ? prompts.render("card_no_value") : null);
        }).orElse(card);
    }
}
