package vn.troly.knowledge.values;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Where a commune's plan stands on a day: counts by status, what is late or at risk, a line per agency, what changed
 * in the last week and which reports look suspect.
 *
 * @param communeId   the commune
 * @param asOf        the day
 * @param counts      indicators per status code
 * @param late        overdue and at-risk indicators
 * @param byAgency    per lead agency
 * @param lastWeek    values recorded in the seven days before
 * @param suspect     reports flagged by the deviation check
 * @param rows        every indicator with its progress, in plan order
 */
public record CommuneSummary(String communeId, LocalDate asOf, Map<String, Long> counts, List<Row> late,
                             List<AgencyLine> byAgency, List<IndicatorValue> lastWeek, List<IndicatorValue> suspect,
                             List<Row> rows) {

    /** One indicator's line. */
    public record Row(String indicatorId, String name, String lead, String status, Double value, Double target,
                      String deadline) {
    }

    /** One lead agency's line. */
    public record AgencyLine(String agency, long total, long met, long notMet, long atRisk, long overdue, long noData) {
        /** Rows reported and not met yet, whether still in time or not. */
        public long behind() {
            return notMet + atRisk + overdue;
        }
    }
}
