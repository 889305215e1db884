package vn.troly.assistant.answer;

import java.util.List;

/**
 * An indicator as the answer contract shows it.
 *
 * @param id            indicator id
 * @param commune       commune id
 * @param stt           row number in its appendix
 * @param name          indicator text
 * @param unit          unit or null
 * @param lead          canonical lead agency names
 * @param leadRaw       lead agencies as written in the plan
 * @param coordinating  coordinating agencies (and implementers), canonical names
 * @param targets       targets per period
 * @param currentTarget the target in force today, or null
 * @param deadline      deadline or null
 * @param latestValue   the latest reported value, or null
 * @param status        met, not_met, at_risk, overdue or no_data (ProgressStatus, as of today); internal when the
 *                      asker may not see values; null for a task, which has no values
 * @param statusLabel   the status as the asker reads it ("Quá hạn", "Số liệu nội bộ"), or null
 * @param valueNote     what stands in place of a value when none is shown ("Chưa có số liệu", "Số liệu tiến độ do
 *                      xã quản lý nội bộ"), or null
 */
public record IndicatorCard(String id, String commune, String stt, String name, String unit, List<String> lead,
                            List<String> leadRaw, List<String> coordinating, List<TargetView> targets,
                            TargetView currentTarget, DeadlineView deadline, ValueView latestValue, String status,
                            String statusLabel, String valueNote) {

    /** The same card with its status as the asker sees it. */
    public IndicatorCard withStatus(ValueView latest, String status, String statusLabel, String valueNote) {
        return new IndicatorCard(id, commune, stt, name, unit, lead, leadRaw, coordinating, targets, currentTarget, deadline,
                latest, status, statusLabel, valueNote);
    }

    /** A target: period, text as written, comparator and number. */
    public record TargetView(String period, String scope, String raw, String comparator, Double value) {
    }

    /** A deadline as written and its last day. */
    public record DeadlineView(String raw, String kind, String end) {
    }

    /** A reported value. */
    public record ValueView(double value, String asOf, String reportedBy, String source) {
    }
}
