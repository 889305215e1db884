package vn.troly.assistant.pipeline.steps;

import vn.troly.assistant.compose.CardLabels;
import vn.troly.assistant.pipeline.Step;
import vn.troly.assistant.pipeline.TurnContext;

/** Gives every indicator card of the turn the status its asker may see, whichever step made it ({@link CardLabels}). */
public final class LabelCards implements Step {

    private final CardLabels labels;

    public LabelCards(CardLabels labels) {
        this.labels = labels;
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
        turn.indicators().replaceAll(card -> labels.label(card, turn.seesValuesOf(card.commune())));
    }
}
