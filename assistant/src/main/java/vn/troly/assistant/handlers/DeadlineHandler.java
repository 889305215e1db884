package vn.troly.assistant.handlers;

import vn.troly.assistant.pipeline.TurnContext;
import vn.troly.assistant.understand.Understanding;
import vn.troly.knowledge.plan.Indicator;

/** "Bao giờ phải xong số hóa hồ sơ?": a row's deadline, or the period its targets are for. */
public final class DeadlineHandler extends RowHandler {

    public DeadlineHandler(RowLookup lookup, RowAnswer rows) {
        super(lookup, rows);
    }

    @Override
    public void more(Indicator indicator, Understanding u, TurnContext turn) {
        turn.say(rows.deadline(indicator));
    }
}
