package vn.troly.assistant.handlers;

import vn.troly.assistant.pipeline.TurnContext;
import vn.troly.assistant.prompt.Prompts;
import vn.troly.assistant.understand.Understanding;
import vn.troly.knowledge.plan.Indicator;

/** "Ai chủ trì chỉ tiêu 5G?", "Phủ sóng 5G phối hợp với ai?": who leads a row, carries it out and coordinates. */
public final class LeadHandler extends RowHandler {

    private final Prompts prompts;

    public LeadHandler(RowLookup lookup, RowAnswer rows, Prompts prompts) {
        super(lookup, rows);
        this.prompts = prompts;
    }

    @Override
    public void describe(Indicator indicator, String ref, Understanding u, TurnContext turn) {
        turn.say(rows.leadLine(ref, indicator.lead(), false));
        partners(indicator, turn);
    }

    @Override
    public void more(Indicator indicator, Understanding u, TurnContext turn) {
        turn.say(indicator.lead().isEmpty() ? prompts.render("no_lead")
                : prompts.render("lead_more", "lead", RowAnswer.names(indicator.lead())));
        partners(indicator, turn);
    }

    private void partners(Indicator indicator, TurnContext turn) {
        if (!indicator.implementers().isEmpty()) {
            turn.say(prompts.render("implementers", "implementers", RowAnswer.names(indicator.implementers())));
        }
        turn.say(indicator.coordinating().isEmpty() ? prompts.render("no_coordinating")
                : prompts.render("coordinating", "coordinating", RowAnswer.names(indicator.coordinating())));
    }
}
