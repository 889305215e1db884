package vn.troly.assistant.handlers;

import vn.troly.assistant.pipeline.TurnContext;
import vn.troly.assistant.prompt.Prompts;
import vn.troly.assistant.understand.Understanding;
import vn.troly.knowledge.plan.Indicator;

/** "Ai chủ trì chỉ tiêu 5G?", "Phủ sóng 5G phối hợp với ai?": who leads a row, carries it out and coordinates. */
public final class LeadHandler implements Handler, RowDescriber {

    private final RowLookup lookup;
    private final RowAnswer rows;
    private final Prompts prompts;

    public LeadHandler(RowLookup lookup, RowAnswer rows, Prompts prompts) {
        this.lookup = lookup;
        this.rows = rows;
        this.prompts = prompts;
    }

    @Override
    public void handle(TurnContext turn, Understanding u) {
        lookup.find(turn, u).ifPresent(id -> rows.answer(id, u, turn, this));
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
