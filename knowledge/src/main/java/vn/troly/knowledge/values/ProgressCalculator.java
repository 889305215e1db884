package vn.troly.knowledge.values;

import vn.troly.knowledge.plan.Comparator;
import vn.troly.knowledge.plan.Indicator;
import vn.troly.knowledge.plan.Target;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The status rule, the only one: where an indicator stands against its current target as of a day (README, "Trạng
 * thái"). Chat, the summary, the chart, the report, Telegram and the reminders all ask here.
 */
public final class ProgressCalculator {

    /** No report for this long, with the due date close, puts an indicator at risk. */
    static final int STALE_DAYS = 45;
    static final int CLOSE_DAYS = 60;

    /**
     * @param history values latest first (as the store returns them); what the day did not know yet is left out here
     */
    public Progress progress(Indicator indicator, List<IndicatorValue> history, AsOf asOf) {
        LocalDate day = asOf.day();
        List<IndicatorValue> known = asOf.known(history);
        Target target = Schedule.currentTarget(indicator.targets(), day);
        LocalDate due = Schedule.dueDate(indicator, day);
        boolean pastDue = due != null && due.isBefore(day);
        IndicatorValue latest = known.isEmpty() ? null : known.get(0);
        if (latest == null) {
            // nothing reported is not "no data" once the row is due: by then it is simply not done
            return new Progress(pastDue ? ProgressStatus.OVERDUE : ProgressStatus.NO_DATA, target, null, null, due);
        }
        Double gap = target == null || target.value() == null || latest.value() == null ? null
                : Math.max(0, target.value() - latest.value());
        if (met(target, latest)) {
            return new Progress(ProgressStatus.MET, target, latest, gap, due);
        }
        if (pastDue) {
            return new Progress(ProgressStatus.OVERDUE, target, latest, gap, due);
        }
        if (due != null && atRisk(target, known, day, due)) {
            return new Progress(ProgressStatus.AT_RISK, target, latest, gap, due);
        }
        return new Progress(ProgressStatus.NOT_MET, target, latest, gap, due);
    }

    static boolean met(Target target, IndicatorValue value) {
        if (target == null) {
            return false;
        }
        if (target.comparator() == Comparator.QUALITATIVE || target.value() == null) {
            return value.text() != null && value.text().startsWith("Đã");
        }
        if (value.value() == null) {
            return false;
        }
        return target.comparator() == Comparator.MORE_THAN ? value.value() > target.value() : value.value() >= target.value();
    }

    /** A straight line through the reported values falls short at the due date, or reports stopped near it. */
    private static boolean atRisk(Target target, List<IndicatorValue> history, LocalDate day, LocalDate due) {
        IndicatorValue latest = history.get(0);
        long daysLeft = ChronoUnit.DAYS.between(day, due);
        if (ChronoUnit.DAYS.between(latest.asOf(), day) > STALE_DAYS && daysLeft < CLOSE_DAYS) {
            return true;
        }
        if (target == null || target.value() == null) {
            return false;
        }
        List<IndicatorValue> numeric = history.stream().filter(v -> v.value() != null).toList();
        if (numeric.size() < 2) {
            return false;
        }
        double n = numeric.size();
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (IndicatorValue v : numeric) {
            double x = v.asOf().toEpochDay();
            sx += x;
            sy += v.value();
            sxx += x * x;
            sxy += x * v.value();
        }
        double denominator = n * sxx - sx * sx;
        if (denominator == 0) {
            return false;
        }
        double slope = (n * sxy - sx * sy) / denominator;
        double intercept = (sy - slope * sx) / n;
        double projected = slope * due.toEpochDay() + intercept;
        return projected < target.value();
    }
}
