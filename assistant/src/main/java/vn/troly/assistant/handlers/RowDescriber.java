package vn.troly.assistant.handlers;

import vn.troly.assistant.pipeline.TurnContext;
import vn.troly.assistant.understand.Understanding;
import vn.troly.knowledge.plan.Indicator;

/** Says what an intent asks about one indicator, once the row is known (found, or picked from a list). */
public interface RowDescriber {

    /**
     * @param ref the indicator as answers name it ("“Tỷ lệ …” (xã Vĩnh Trụ)"); its card and citation are already
     *            added, its source line follows
     */
    void describe(Indicator indicator, String ref, Understanding u, TurnContext turn);

    /**
     * The same without naming the row again: what this intent adds when a question asks it second ("… bao nhiêu, ai
     * chủ trì?").
     */
    void more(Indicator indicator, Understanding u, TurnContext turn);
}
