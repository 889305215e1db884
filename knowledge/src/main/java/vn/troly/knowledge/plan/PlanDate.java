package vn.troly.knowledge.plan;

/**
 * A plan's date as written, with whatever parts are filled in (drafts leave day or month blank).
 *
 * @param raw   the text ("ngày 08 tháng 4 năm 2026", "ngày /3/2026")
 * @param day   day or null
 * @param month month or null
 * @param year  year or null
 */
public record PlanDate(String raw, Integer day, Integer month, Integer year) {
}
