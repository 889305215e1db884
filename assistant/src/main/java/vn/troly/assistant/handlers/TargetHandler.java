package vn.troly.assistant.handlers;

import vn.troly.assistant.pipeline.TurnContext;
import vn.troly.assistant.understand.Understanding;
import vn.troly.knowledge.plan.Indicator;

/** "Chỉ tiêu VNeID mức 2 năm 2027 là bao nhiêu?": a row's targets, the one for the years asked first. */
public final class TargetHandler implements Handler, RowDescriber {

    private final RowLookup lookup;
    private final RowAnswer rows;

    public TargetHandler(RowLookup lookup, RowAnswer rows) {
        this.lookup = lookup;
        this.rows = rows;
    }

    @Override
    public void handle(TurnContext turn, Understanding u) {
        lookup.find(turn, u).ifPresent(id -> rows.answer(id, u, turn, this));
    }

    @Override
    public void describe(Indicator indicator, String ref, Understanding u, TurnContext turn) {
        turn.say(ref);
        more(indicator, u, turn);
    }

    @Override
    public void more(Indicator indicator, Understanding u, TurnContext turn) {
        turn.say(rows.targets(indicator, u.years()));
    }
}
