package vn.troly.knowledge.plan;

import java.util.List;

/**
 * A commune's digital-transformation plan, parsed.
 *
 * @param id        document id (commune id plus source file name)
 * @param communeId commune id: name without diacritics, lower case, hyphenated
 * @param commune   commune name with diacritics
 * @param province  province, where the plan states it, else null
 * @param number    plan number ("35/KH-UBND"), possibly blank ("/KH-UBND")
 * @param date      issue date as written, possibly partial
 * @param title     plan title
 * @param signer    name of the signing official, or null
 * @param sourceFile file name the plan was read from
 * @param sections  the heading tree of the body, in document order
 * @param indicators indicator rows of the appendices
 * @param tasks     task and document rows of the appendices
 */
public record Plan(String id, String communeId, String commune, String province, String number, PlanDate date,
                   String title, String signer, String sourceFile, List<Section> sections,
                   List<Indicator> indicators, List<Task> tasks) {
}
