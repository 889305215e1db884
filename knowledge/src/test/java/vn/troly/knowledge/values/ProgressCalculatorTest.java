package vn.troly.knowledge.values;

import org.junit.jupiter.api.Test;
import vn.troly.knowledge.plan.Comparator;
import vn.troly.knowledge.plan.Deadline;
import vn.troly.knowledge.plan.Indicator;
import vn.troly.knowledge.plan.Provenance;
import vn.troly.knowledge.plan.Target;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ProgressCalculatorTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final AsOf TODAY = new AsOf(LocalDate.of(2026, 11, 24), ZONE);
    private static final Deadline DECEMBER = new Deadline("Tháng 12/2026", Deadline.Kind.MONTH, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31));
    private static final Deadline OCTOBER = new Deadline("Tháng 10/2026", Deadline.Kind.MONTH, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31));

    private final ProgressCalculator calculator = new ProgressCalculator();

    private static Indicator indicator(Deadline deadline, Target... targets) {
        return new Indicator("x", "c", "x", new Provenance("p", "P", "Phụ lục", List.of(), "1", 1, 1, false), "Tỷ lệ", "%",
                List.of(targets), List.of(), List.of(), List.of(), deadline, null, null, null);
    }

    private static Target target(String period, double value) {
        return new Target(period, Target.Scope.COMMUNE, "≥ " + value, Comparator.AT_LEAST, value, null);
    }

    private static IndicatorValue value(String asOf, double v) {
        return recorded(asOf, v, "2026-01-01T00:00:00Z");
    }

    private static IndicatorValue recorded(String asOf, double v, String recordedAt) {
        return new IndicatorValue(1, "x", "c", v, null, "%", LocalDate.parse(asOf), "a", "api", null, null, false,
                Instant.parse(recordedAt));
    }

    @Test
    void theCurrentTargetIsTheEarliestPeriodNotYetEnded() {
        Indicator i = indicator(null, target("2030", 100), target("2026", 80));
        assertEquals("2026", Schedule.currentTarget(i.targets(), TODAY.day()).period());
        assertEquals("2030", Schedule.currentTarget(i.targets(), LocalDate.of(2027, 1, 2)).period());
        Indicator phases = indicator(null, target("2026-2027", 50), target("2028-2030", 100));
        assertEquals("2026-2027", Schedule.currentTarget(phases.targets(), TODAY.day()).period());
        assertEquals("2028-2030", Schedule.targetFor(phases.targets(), List.of(2029), TODAY.day()).period());
    }

    @Test
    void statuses() {
        Indicator dec = indicator(DECEMBER, target("2026", 80));
        assertEquals(ProgressStatus.NO_DATA, calculator.progress(dec, List.of(), TODAY).status());
        assertEquals(ProgressStatus.MET, calculator.progress(dec, List.of(value("2026-11-20", 81)), TODAY).status());
        Progress notMet = calculator.progress(dec, List.of(value("2026-11-20", 78), value("2026-10-20", 70)), TODAY);
        assertEquals(ProgressStatus.NOT_MET, notMet.status());
        assertEquals(2.0, notMet.gap(), 1e-9);
        assertEquals(ProgressStatus.AT_RISK, calculator.progress(dec, List.of(value("2026-11-20", 60), value("2026-10-20", 59)), TODAY).status(),
                "a straight line through 59 and 60 does not reach 80 by the end of December");
        assertEquals(ProgressStatus.AT_RISK, calculator.progress(dec, List.of(value("2026-09-01", 79)), TODAY).status(),
                "no report for 45 days with the due date under 60 days away");
        assertEquals(ProgressStatus.OVERDUE, calculator.progress(indicator(OCTOBER, target("2026", 80)),
                List.of(value("2026-11-20", 79)), TODAY).status());
    }

    @Test
    void aRowPastItsDueDateWithNothingReportedIsOverdueNotNoData() {
        Progress p = calculator.progress(indicator(OCTOBER, target("2026", 80)), List.of(), TODAY);
        assertEquals(ProgressStatus.OVERDUE, p.status());
        assertNull(p.latest());
        assertEquals(LocalDate.of(2026, 10, 31), p.deadline());
        // on its last day it is still due, not late
        assertEquals(ProgressStatus.NO_DATA, calculator.progress(indicator(OCTOBER, target("2026", 80)), List.of(),
                new AsOf(LocalDate.of(2026, 10, 31), ZONE)).status());
        // without a deadline column, the end of the target's period is the due date
        assertEquals(ProgressStatus.OVERDUE, calculator.progress(indicator(null, target("2025", 80)), List.of(), TODAY).status());
    }

    @Test
    void aDayKnowsOnlyValuesDescribingItAndRecordedByItsEnd() {
        Indicator dec = indicator(DECEMBER, target("2026", 80));
        AsOf october = new AsOf(LocalDate.of(2026, 10, 31), ZONE);
        // latest first, as the store gives them: 85 describes November, 81 was recorded on 2 December
        List<IndicatorValue> history = List.of(value("2026-11-20", 85), recorded("2026-10-15", 81, "2026-12-02T02:00:00Z"),
                recorded("2026-10-10", 70, "2026-10-31T16:59:00Z"));
        Progress p = calculator.progress(dec, history, october);
        assertEquals(70.0, p.latest().value(), "23:59 in Hà Nội on 31/10 is still October");
        assertEquals(ProgressStatus.NOT_MET, p.status());
        assertEquals(ProgressStatus.MET, calculator.progress(dec, history, TODAY).status());
        assertEquals(List.of(), october.known(List.of(recorded("2026-10-10", 70, "2026-10-31T17:00:00Z"))),
                "recorded at 00:00 on 1 November, Hà Nội time");
    }

    @Test
    void theSameFigureForTheSameDayIsOneReport() {
        List<IndicatorValue> twice = List.of(value("2026-11-20", 60), value("2026-11-20", 60), value("2026-11-20", 61));
        assertEquals(2, TODAY.known(twice).size());
        // one report twice is not a trend: 60 alone says nothing of the slope
        assertEquals(ProgressStatus.NOT_MET, calculator.progress(indicator(DECEMBER, target("2026", 80)),
                List.of(value("2026-11-20", 60), value("2026-11-20", 60)), TODAY).status());
    }
}
