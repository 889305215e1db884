package vn.troly.assistant.pipeline.steps;

import vn.troly.knowledge.library.PlanLibrary;
import vn.troly.knowledge.plan.Indicator;
import vn.troly.knowledge.plan.Target;
import vn.troly.knowledge.values.Schedule;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The years of the phase after the one a row was asked about ("thế giai đoạn sau thì sao?"), from its series. */
final class NextPhase {

    private NextPhase() {
    }

    /**
     * @param rowId the row answered last
     * @param year  the year it was asked about (the last of them), or this year
     * @return the first and last year of the row's next phase, if the plan has one
     */
    static Optional<List<Integer>> after(PlanLibrary library, String rowId, int year) {
        Optional<Indicator> row = library.indicator(rowId);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        List<int[]> phases = library.indicators(row.get().communeId()).stream()
                .filter(i -> i.seriesId().equals(row.get().seriesId()))
                .flatMap(i -> i.targets().stream()).map(Target::period).distinct()
                .map(Schedule::years).flatMap(Optional::stream).sorted(Comparator.comparingInt(p -> p[0])).toList();
        int end = phases.stream().filter(p -> p[0] <= year && year <= p[1]).mapToInt(p -> p[1]).findFirst().orElse(year);
        return phases.stream().filter(p -> p[0] > end).findFirst().map(p -> List.of(p[0], p[1]));
    }
}
