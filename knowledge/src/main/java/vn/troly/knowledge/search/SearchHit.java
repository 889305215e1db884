package vn.troly.knowledge.search;

/**
 * One entry found.
 *
 * @param kind      indicator, task or section
 * @param id        the indicator, task or section id (section ids are prefixed with the plan id)
 * @param communeId the commune
 * @param planId    the plan that holds it
 * @param title     indicator or task name, or section heading
 * @param score     relevance (comparable only within one search)
 * @param coverage  share of the question's meaningful words (weighted by rarity) that this entry contains, 0 to 1
 * @param nameCoverage the same share counted in the entry's name alone: a row whose name has none of the question
 *                  shares its words only through its long description of what is to be done
 * @param adjacent  whether some two neighbouring words of the question stand together in the entry too (always
 *                  true for one-word questions): words found only far apart rarely mean the same thing
 * @param lacksTerm whether the entry has neither word of some distinctive term of the question (two neighbouring
 *                  words both rare in the plans, such as "ngân hàng"): then it is about something else
 * @param termsWhole whether the entry writes each everyday term of the question ("dùng lại") whole, side by side, in
 *                  one of its plan terms ("sử dụng lại"); true when the question has none
 */
public record SearchHit(DocKind kind, String id, String communeId, String planId, String title, float score,
                        double coverage, double nameCoverage, boolean adjacent, boolean lacksTerm, boolean termsWhole) {
}
