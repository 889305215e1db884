package vn.troly.assistant.handlers;

import vn.troly.assistant.pipeline.TurnContext;
import vn.troly.assistant.understand.Understanding;
import vn.troly.knowledge.plan.Indicator;

/**
 * A handler of a question about one row: find the row, then name it and say what the intent asks. Each intent's
 * handler only says its own lines ({@link #more}), which also serve when a question asks it second.
 */
public abstract class RowHandler implements Handler, RowDescriber {

    protected final RowLookup lookup;
    protected final RowAnswer rows;

    protected RowHandler(RowLookup lookup, RowAnswer rows) {
        this.lookup = lookup;
        this.rows = rows;
    }

    @Override
    public void handle(TurnContext turn, Understanding u) {
        lookup.find(turn, u).ifPresent(id -> rows.answer(id, u, turn, this));
    }

    /** The row named, then this intent's lines. */
    @Override
    public void describe(Indicator indicator, String ref, Understanding u, TurnContext turn) {
        turn.say(ref);
        more(indicator, u, turn);
    }
}
