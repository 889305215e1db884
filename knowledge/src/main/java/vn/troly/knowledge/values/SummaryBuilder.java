package vn.troly.knowledge.values;

import vn.troly.knowledge.agency.AgencyRef;
import vn.troly.knowledge.library.PlanLibrary;
import vn.troly.knowledge.plan.Indicator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds a commune's summary from its plan rows and their value histories. */
public final class SummaryBuilder {

    private final PlanLibrary library;
    private final ValueStore store;
    private final ProgressCalculator calculator;

    public SummaryBuilder(PlanLibrary library, ValueStore store, ProgressCalculator calculator) {
        this.library = library;
        this.store = store;
        this.calculator = calculator;
    }

    public CommuneSummary summary(String communeId, LocalDate today, ZoneId zone) {
        Map<String, List<IndicatorValue>> histories = store == null ? Map.of() : store.historyByIndicator(communeId);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ProgressStatus s : ProgressStatus.values()) {
            counts.put(s.code(), 0L);
        }
        List<CommuneSummary.Row> rows = new ArrayList<>();
        Map<String, long[]> agencies = new LinkedHashMap<>();
        for (Indicator indicator : library.indicators(communeId)) {
            Progress p = calculator.progress(indicator, histories.getOrDefault(indicator.id(), List.of()), today);
            counts.merge(p.status().code(), 1L, Long::sum);
            String lead = indicator.lead().stream().map(AgencyRef::name).collect(Collectors.joining(", "));
            rows.add(new CommuneSummary.Row(indicator.id(), indicator.name(), lead, p.status().code(),
                    p.latest() == null ? null : p.latest().value(), p.currentTarget() == null ? null : p.currentTarget().value(),
                    indicator.deadline() != null ? indicator.deadline().raw() : p.deadline() == null ? null : p.deadline().toString()));
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
        Instant weekAgo = today.minusDays(7).atStartOfDay(zone).toInstant();
        List<IndicatorValue> all = histories.values().stream().flatMap(List::stream).toList();
        List<IndicatorValue> lastWeek = all.stream().filter(v -> v.recordedAt().isAfter(weekAgo)).toList();
        List<IndicatorValue> suspect = all.stream().filter(IndicatorValue::suspect).toList();
        return new CommuneSummary(communeId, today, counts, late, byAgency, lastWeek, suspect, rows);
    }
}
