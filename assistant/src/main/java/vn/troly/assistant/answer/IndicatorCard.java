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
 * @param status        met, not_met, at_risk, overdue or no_data
 */
public record IndicatorCard(String id, String commune, String stt, String name, String unit, List<String> lead,
                            List<String> leadRaw, List<String> coordinating, List<TargetView> targets,
                            TargetView currentTarget, DeadlineView deadline, ValueView latestValue, String status) {

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
