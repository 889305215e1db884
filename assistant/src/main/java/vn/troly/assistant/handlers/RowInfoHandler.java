package vn.troly.assistant.handlers;

import vn.troly.assistant.pipeline.TurnContext;
import vn.troly.assistant.prompt.Prompts;
import vn.troly.assistant.understand.Understanding;
import vn.troly.knowledge.plan.Indicator;

/**
 * A row named with no question cue ("chữ ký số số"): everything the plan says about it (lead, targets, deadline,
 * coordination). Also the description of a row picked after a question that was not about one row.
 */
public final class RowInfoHandler extends RowHandler {

    private final Prompts prompts;

    public RowInfoHandler(RowLookup lookup, RowAnswer rows, Prompts prompts) {
        super(lookup, rows);
        this.prompts = prompts;
    }

    @Override
    public void describe(Indicator indicator, String ref, Understanding u, TurnContext turn) {
        turn.say(rows.leadLine(ref, indicator.lead(), false));
        rest(indicator, u, turn);
    }

    @Override
    public void more(Indicator indicator, Understanding u, TurnContext turn) {
        turn.say(indicator.lead().isEmpty() ? prompts.render("no_lead")
                : prompts.render("lead_more", "lead", RowAnswer.names(indicator.lead())));
        rest(indicator, u, turn);
    }

    private void rest(Indicator indicator, Understanding u, TurnContext turn) {
        turn.say(rows.targets(indicator, u.years()));
        turn.say(rows.deadline(indicator));
        if (!indicator.coordinating().isEmpty()) {
            turn.say(prompts.render("coordinating", "coordinating", RowAnswer.names(indicator.coordinating())));
        }
    }
}
