package vn.troly.knowledge.values;

import vn.troly.knowledge.plan.Target;

import java.time.LocalDate;

/**
 * An indicator's progress on a given day.
 *
 * @param status        met, not met, at risk, overdue or no data
 * @param currentTarget the target of the earliest period not yet ended (the commune's), or null
 * @param latest        the latest reported value, or null
 * @param gap           target minus value in points (positive: still missing), or null
 * @param deadline      the day it is due (Schedule.dueDate), or null
 */
public record Progress(ProgressStatus status, Target currentTarget, IndicatorValue latest, Double gap, LocalDate deadline) {
}
