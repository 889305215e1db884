package vn.troly.knowledge.values;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Where a commune's plan stands on a day (only what was known that day: {@link AsOf}): counts by status, what is late
 * or at risk, a line per agency, what changed in the last week and which reports look suspect.
 *
 * @param communeId   the commune
 * @param asOf        the day
 * @param counts      indicators per status code
 * @param late        overdue and at-risk indicators
 * @param byAgency    per lead agency
 * @param lastWeek    values recorded in the seven days up to the day, each report once
 * @param suspect     reports known that day and flagged by the deviation check
 * @param rows        every indicator with its progress, in plan order
 */
public record CommuneSummary(String communeId, LocalDate asOf, Map<String, Long> counts, List<Row> late,
                             List<AgencyLine> byAgency, List<IndicatorValue> lastWeek, List<IndicatorValue> suspect,
                             List<Row> rows) {

    /**
     * One indicator's line.
     *
     * @param stt        the plan's own number ("2.1")
     * @param group      the heading the plan lists it under ("Hạ tầng số"), or null
     * @param leadIds    the lead agencies' ids
     * @param value      the latest value known that day, or null
     * @param target     the current target's number, or null
     * @param targetText the current target as the plan writes it ("Đạt tối thiểu 70%", "≥ 80"), or null
     * @param unit       the unit ("%"), or null
     * @param period     the current target's period ("2026-2027"), or null
     * @param deadline   the deadline column as written, else the due date
     * @param due        the day it is due (Schedule.dueDate), or null
     */
    public record Row(String indicatorId, String stt, String group, String name, String lead, List<String> leadIds, String status,
                      Double value, Double target, String targetText, String unit, String period, String deadline,
                      LocalDate due) {
    }

    /** One lead agency's line. */
    public record AgencyLine(String agency, long total, long met, long notMet, long atRisk, long overdue, long noData) {
        /** Rows reported and not met yet, whether still in time or not. */
        public long behind() {
            return notMet + atRisk + overdue;
        }
    }
}
