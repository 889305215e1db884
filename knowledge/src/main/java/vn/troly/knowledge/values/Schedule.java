package vn.troly.knowledge.values;

import vn.troly.knowledge.plan.Deadline;
import vn.troly.knowledge.plan.Indicator;
import vn.troly.knowledge.plan.Target;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static java.util.Comparator.comparing;

/**
 * When a row's targets apply and when it falls due: the one rule every status, due list, card, chart, report and
 * template uses.
 */
public final class Schedule {

    private Schedule() {
    }

    /**
     * The target in force on a day: of the commune's targets (the province's only when the plan gives no other), the
     * one whose period ends first without having ended; when every period has ended, the last one, which still tells
     * what was due.
     */
    public static Target currentTarget(List<Target> targets, LocalDate day) {
        List<Target> pool = pool(targets);
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
            best = pool.stream().max(comparing(t -> periodEnd(t.period()) == null ? LocalDate.MIN : periodEnd(t.period()))).orElse(null);
        }
        return best;
    }

    /** The target for the years a question names ("năm 2030", "giai đoạn 2028-2030"), else the one in force on the day. */
    public static Target targetFor(List<Target> targets, List<Integer> years, LocalDate day) {
        for (int year : years) {
            for (Target t : pool(targets)) {
                if (covers(t.period(), year)) {
                    return t;
                }
            }
        }
        return currentTarget(targets, day);
    }

    /**
     * The day an indicator is due as seen on a day: its deadline column's last day, else (no date in it) the end of its
     * current target's period; null when neither says, and for work done "Thường xuyên", which has no one day to be
     * late by.
     */
    public static LocalDate dueDate(Indicator indicator, LocalDate day) {
        Deadline d = indicator.deadline();
        if (d != null && d.recurring()) {
            return null;
        }
        if (d != null && d.end() != null) {
            return d.end();
        }
        Target target = currentTarget(indicator.targets(), day);
        return target == null ? null : periodEnd(target.period());
    }

    /** Whether a deadline column (a task's) falls between two days, both included; recurring work never does. */
    public static boolean dueWithin(Deadline deadline, LocalDate from, LocalDate to) {
        if (deadline == null || deadline.end() == null || deadline.recurring()) {
            return false;
        }
        return !deadline.end().isBefore(from) && !deadline.end().isAfter(to);
    }

    /** Whether a period ("2026", "2026-2030") includes a year; a period ending in that year counts ("đến 2030"). */
    public static boolean covers(String period, int year) {
        return years(period).map(y -> year >= y[0] && year <= y[1]).orElse(false);
    }

    /** A period's first and last year ("2026-2030": 2026 and 2030, "2030": 2030 twice); empty when not in years. */
    public static Optional<int[]> years(String period) {
        if (period == null) {
            return Optional.empty();
        }
        String[] parts = period.split("-");
        try {
            return Optional.of(new int[]{Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[parts.length - 1].strip())});
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The last day of a period: 31 December of its last year. */
    public static LocalDate periodEnd(String period) {
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

    private static List<Target> pool(List<Target> targets) {
        List<Target> commune = targets.stream().filter(t -> t.scope() == Target.Scope.COMMUNE).toList();
        return commune.isEmpty() ? targets : commune;
    }
}
