package vn.troly.knowledge.values;

import vn.troly.knowledge.agency.AgencyRef;
import vn.troly.knowledge.library.Commune;
import vn.troly.knowledge.library.PlanLibrary;
import vn.troly.knowledge.plan.Indicator;
import vn.troly.knowledge.plan.Target;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds a commune's summary from its plan rows and their value histories, as known on a day. */
public final class SummaryBuilder {

    private final PlanLibrary library;
    private final ValueStore store;
    private final ProgressCalculator calculator;

    public SummaryBuilder(PlanLibrary library, ValueStore store, ProgressCalculator calculator) {
        this.library = library;
        this.store = store;
        this.calculator = calculator;
    }

    public CommuneSummary summary(String asked, AsOf asOf) {
        // values are kept under the commune's id; a bare id still unique names the commune it stood for
        String communeId = asked == null ? null : library.commune(asked).map(Commune::id).orElse(asked);
        Map<String, List<IndicatorValue>> histories = new LinkedHashMap<>();
        if (store != null) {
            store.historyByIndicator(communeId).forEach((id, history) -> histories.put(id, asOf.known(history)));
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ProgressStatus s : ProgressStatus.values()) {
            counts.put(s.code(), 0L);
        }
        List<CommuneSummary.Row> rows = new ArrayList<>();
        Map<String, long[]> agencies = new LinkedHashMap<>();
        for (Indicator indicator : library.indicators(communeId)) {
            Progress p = calculator.progress(indicator, histories.getOrDefault(indicator.id(), List.of()), asOf);
            counts.merge(p.status().code(), 1L, Long::sum);
            rows.add(row(indicator, p));
            for (AgencyRef a : indicator.lead()) {
                long[] line = agencies.computeIfAbsent(a.name(), k -> new long[6]);
                line[0]++;
                line[1 + p.status().ordinal()]++;
            }
        }
        List<CommuneSummary.Row> late = rows.stream()
                .filter(r -> r.status().equals(ProgressStatus.OVERDUE.code()) || r.status().equals(ProgressStatus.AT_RISK.code())).toList();
        List<CommuneSummary.AgencyLine> byAgency = agencies.entrySet().stream().map(e -> new CommuneSummary.AgencyLine(e.getKey(),
                e.getValue()[0], e.getValue()[1 + ProgressStatus.MET.ordinal()], e.getValue()[1 + ProgressStatus.NOT_MET.ordinal()],
                e.getValue()[1 + ProgressStatus.AT_RISK.ordinal()], e.getValue()[1 + ProgressStatus.OVERDUE.ordinal()],
                e.getValue()[1 + ProgressStatus.NO_DATA.ordinal()])).toList();
        Instant weekAgo = asOf.day().minusDays(7).atStartOfDay(asOf.zone()).toInstant();
        List<IndicatorValue> known = histories.values().stream().flatMap(List::stream).toList();
        List<IndicatorValue> lastWeek = known.stream().filter(v -> v.recordedAt().isAfter(weekAgo)).toList();
        List<IndicatorValue> suspect = known.stream().filter(IndicatorValue::suspect).toList();
        return new CommuneSummary(communeId, asOf.day(), counts, late, byAgency, lastWeek, suspect, rows);
    }

    private static CommuneSummary.Row row(Indicator indicator, Progress p) {
        String lead = indicator.lead().stream().map(AgencyRef::name).collect(Collectors.joining(", "));
        List<String> leadIds = indicator.lead().stream().map(AgencyRef::id).filter(id -> id != null).distinct().toList();
        Target target = p.currentTarget();
        LocalDate due = p.deadline();
        String deadline = indicator.deadline() != null ? indicator.deadline().raw() : due == null ? null : due.toString();
        List<String> groups = indicator.source().groups();
        String group = groups.isEmpty() ? null : groups.get(groups.size() - 1);
        return new CommuneSummary.Row(indicator.id(), indicator.source().stt(), group, indicator.name(), lead, leadIds,
                p.status().code(), p.latest() == null ? null : p.latest().value(), target == null ? null : target.value(),
                target == null ? null : target.raw(), indicator.unit(), target == null ? null : target.period(), deadline, due);
    }
}
