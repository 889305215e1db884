package vn.troly.assistant.handlers;

import vn.troly.assistant.pipeline.TurnContext;
import vn.troly.assistant.understand.Understanding;
import vn.troly.knowledge.plan.Indicator;

/** "Chỉ tiêu VNeID mức 2 năm 2027 là bao nhiêu?": a row's targets, the one for the years asked first. */
public final class TargetHandler extends RowHandler {

    public TargetHandler(RowLookup lookup, RowAnswer rows) {
        super(lookup, rows);
    }

    @Override
    public void more(Indicator indicator, Understanding u, TurnContext turn) {
        turn.say(rows.targets(indicator, u.years()));
    }
}
