package vn.troly.assistant.tools;

import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import vn.troly.knowledge.library.PlanLibrary;
import vn.troly.knowledge.plan.Indicator;
import vn.troly.knowledge.values.AsOf;
import vn.troly.knowledge.values.CommuneSummary;
import vn.troly.knowledge.values.IndicatorValue;
import vn.troly.knowledge.values.Progress;
import vn.troly.knowledge.values.ProgressCalculator;
import vn.troly.knowledge.values.SummaryBuilder;
import vn.troly.knowledge.values.ValueStore;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Tools over reported values: latest value, history and progress status. Without a value store, nothing is reported. */
public final class ValueTools {

    private final PlanLibrary library;
    private final ValueStore store;
    private final ProgressCalculator calculator;
    private final Clock clock;

    /**
     * @param store the value store, or null when the deployment has none (every indicator then has no data)
     */
    public ValueTools(PlanLibrary library, ValueStore store, ProgressCalculator calculator, Clock clock) {
        this.library = library;
        this.store = store;
        this.calculator = calculator;
        this.clock = clock;
    }

    /** The indicator of that id; empty for a task or an unknown id. */
    public Optional<Indicator> indicator(String id) {
        return library.indicator(id);
    }

    public Progress progress(Indicator indicator) {
        return calculator.progress(indicator, history(indicator.id()), AsOf.today(clock));
    }

    /** Stores a validated value; without a value store there is nowhere to keep it. */
    public IndicatorValue append(IndicatorValue value) {
        if (store == null) {
            throw new IllegalStateException("no value store configured");
        }
        return store.append(value);
    }

    public List<IndicatorValue> history(String indicatorId) {
        return store == null ? List.of() : store.history(indicatorId);
    }

    /** Where a commune's plan stands today. */
    public CommuneSummary summary(String communeId) {
        return summary(communeId, AsOf.today(clock));
    }

    /** Where a commune's plan stood on a day, from what was known then. */
    public CommuneSummary summary(String communeId, AsOf asOf) {
        return new SummaryBuilder(library, store, calculator).summary(communeId, asOf);
    }

    @Tool("Giá trị báo cáo mới nhất, mục tiêu hiện hành, khoảng cách và trạng thái (met/not_met/at_risk/overdue/no_data) của một chỉ tiêu")
    public Optional<Progress> latestValue(@P("id của chỉ tiêu") String indicatorId) {
        return library.indicator(indicatorId).map(this::progress);
    }
}
