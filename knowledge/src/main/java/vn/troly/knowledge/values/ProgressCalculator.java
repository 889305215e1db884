package vn.troly.knowledge.values;

import vn.troly.knowledge.plan.Comparator;
import vn.troly.knowledge.plan.Indicator;
import vn.troly.knowledge.plan.Target;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static java.util.Comparator.comparing;

/** Computes an indicator's status from its targets, deadline and value history. */
public final class ProgressCalculator {

    /** No report for this long, with the deadline close, puts an indicator at risk. */
    static final int STALE_DAYS = 45;
    static final int CLOSE_DAYS = 60;

    /**
     * @param history values latest first (as the store returns them)
     */
    public Progress progress(Indicator indicator, List<IndicatorValue> history, LocalDate today) {
        Target target = currentTarget(indicator.targets(), today);
        LocalDate deadline = deadline(indicator, target);
        IndicatorValue latest = history.isEmpty() ? null : history.get(0);
        if (latest == null) {
            return new Progress(ProgressStatus.NO_DATA, target, null, null, deadline);
        }
        Double gap = target == null || target.value() == null || latest.value() == null ? null
                : Math.max(0, target.value() - latest.value());
        if (met(target, latest)) {
            return new Progress(ProgressStatus.MET, target, latest, gap, deadline);
        }
        if (deadline != null && deadline.isBefore(today)) {
            return new Progress(ProgressStatus.OVERDUE, target, latest, gap, deadline);
        }
        if (deadline != null && atRisk(target, history, today, deadline)) {
            return new Progress(ProgressStatus.AT_RISK, target, latest, gap, deadline);
        }
        return new Progress(ProgressStatus.NOT_MET, target, latest, gap, deadline);
    }

    /** The target of the earliest period that has not ended on that day; the commune's when both are given. */
    public Target currentTarget(List<Target> targets, LocalDate day) {
        List<Target> commune = targets.stream().filter(t -> t.scope() == Target.Scope.COMMUNE).toList();
        List<Target> pool = commune.isEmpty() ? targets : commune;
        Target best = null;
        LocalDate bestEnd = null;
        for (Target t : pool) {
            LocalDate end = periodEnd(t.period());
            if (end == null) {
                if (best == null) {
                    best = t;
                }
                continue;
            }
            if (!end.isBefore(day) && (bestEnd == null || end.isBefore(bestEnd))) {
                best = t;
                bestEnd = end;
            }
        }
        if (best == null && !pool.isEmpty()) {
            // every period has ended: the last one still tells what was due
            best = pool.stream().max(comparing(t -> periodEnd(t.period()) == null ? LocalDate.MIN : periodEnd(t.period()))).orElse(null);
        }
        return best;
    }

    /** The deadline column's end, else the end of the current target's period. */
    public LocalDate deadline(Indicator indicator, Target target) {
        if (indicator.deadline() != null && indicator.deadline().end() != null && !indicator.deadline().recurring()) {
            return indicator.deadline().end();
        }
        return target == null ? null : periodEnd(target.period());
    }

    /**
     * When an indicator is due as seen on a day: its deadline column (not "Thường xuyên"), else the end of the period
     * of its current target; null when neither says.
     */
    public LocalDate dueDate(Indicator indicator, LocalDate day) {
        if (indicator.deadline() != null && indicator.deadline().recurring()) {
            return null;
        }
        return deadline(indicator, currentTarget(indicator.targets(), day));
    }

    static LocalDate periodEnd(String period) {
        if (period == null) {
            return null;
        }
        String[] parts = period.split("-");
        try {
            return LocalDate.of(Integer.parseInt(parts[parts.length - 1].strip()), 12, 31);
        } catch (NumberFormatException e) {
            return null;
        }
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

    /** A straight line through the reported values falls short at the deadline, or reports stopped near it. */
    private static boolean atRisk(Target target, List<IndicatorValue> history, LocalDate today, LocalDate deadline) {
        IndicatorValue latest = history.get(0);
        long daysLeft = ChronoUnit.DAYS.between(today, deadline);
        if (ChronoUnit.DAYS.between(latest.asOf(), today) > STALE_DAYS && daysLeft < CLOSE_DAYS) {
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
        double projected = slope * deadline.toEpochDay() + intercept;
        return projected < target.value();
    }
}
