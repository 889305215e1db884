package vn.troly.knowledge.plan;

/**
 * One target of an indicator for one period.
 *
 * @param period     "2026", "2030", "2026-2027", "2028-2030", or null when the table gives none
 * @param scope      whose target: the commune's or the province's (plans sometimes quote both)
 * @param raw        the target as written
 * @param comparator parsed comparator
 * @param value      parsed number (Vietnamese decimal comma handled), null when qualitative
 * @param max        upper bound of a range target, else null
 */
public record Target(String period, Scope scope, String raw, Comparator comparator, Double value, Double max) {

    /** Whose target a column gives. */
    public enum Scope { COMMUNE, PROVINCE }

    public boolean quantitative() {
        return value != null;
    }
}
