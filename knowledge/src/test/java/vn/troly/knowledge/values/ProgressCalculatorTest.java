package vn.troly.knowledge.values;

import org.junit.jupiter.api.Test;
import vn.troly.knowledge.plan.Comparator;
import vn.troly.knowledge.plan.Deadline;
import vn.troly.knowledge.plan.Indicator;
import vn.troly.knowledge.plan.Provenance;
import vn.troly.knowledge.plan.Target;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProgressCalculatorTest {

    private final ProgressCalculator calculator = new ProgressCalculator();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private static Indicator indicator(Deadline deadline, Target... targets) {
        return new Indicator("x", "c", "x", new Provenance("p", "P", "Phụ lục", List.of(), "1", 1, 1), "Tỷ lệ", "%",
                List.of(targets), List.of(), List.of(), List.of(), deadline, null, null, null);
    }

    private static Target target(String period, double value) {
        return new Target(period, Target.Scope.COMMUNE, "≥ " + value, Comparator.AT_LEAST, value, null);
    }

    private static IndicatorValue value(String asOf, double v) {
        return new IndicatorValue(1, "x", "c", v, null, "%", LocalDate.parse(asOf), "a", "api", null, null, false, Instant.EPOCH);
    }

    @Test
    void theCurrentTargetIsTheEarliestPeriodNotYetEnded() {
        Indicator i = indicator(null, target("2030", 100), target("2026", 80));
        assertEquals("2026", calculator.currentTarget(i.targets(), TODAY).period());
        assertEquals("2030", calculator.currentTarget(i.targets(), LocalDate.of(2027, 1, 2)).period());
        Indicator phases = indicator(null, target("2026-2027", 50), target("2028-2030", 100));
        assertEquals("2026-2027", calculator.currentTarget(phases.targets(), TODAY).period());
    }

    @Test
    void statuses() {
        Deadline december = new Deadline("Tháng 12/2026", Deadline.Kind.MONTH, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31));
        Deadline october = new Deadline("Tháng 10/2026", Deadline.Kind.MONTH, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31));
        Indicator dec = indicator(december, target("2026", 80));
        assertEquals(ProgressStatus.NO_DATA, calculator.progress(dec, List.of(), TODAY).status());
        assertEquals(ProgressStatus.MET, calculator.progress(dec, List.of(value("2026-11-20", 81)), TODAY).status());
        Progress notMet = calculator.progress(dec, List.of(value("2026-11-20", 78), value("2026-10-20", 70)), TODAY);
        assertEquals(ProgressStatus.NOT_MET, notMet.status());
        assertEquals(2.0, notMet.gap(), 1e-9);
        assertEquals(ProgressStatus.AT_RISK, calculator.progress(dec, List.of(value("2026-11-20", 60), value("2026-10-20", 59)), TODAY).status(),
                "a straight line through 59 and 60 does not reach 80 by the end of December");
        assertEquals(ProgressStatus.AT_RISK, calculator.progress(dec, List.of(value("2026-09-01", 79)), TODAY).status(),
                "no report for 45 days with the deadline under 60 days away");
        assertEquals(ProgressStatus.OVERDUE, calculator.progress(indicator(october, target("2026", 80)),
                List.of(value("2026-11-20", 79)), TODAY).status());
    }
}
