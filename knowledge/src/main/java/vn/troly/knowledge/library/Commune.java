package vn.troly.knowledge.library;

/**
 * A commune the assistant knows a plan for.
 *
 * @param id       commune id ("vinh-tru")
 * @param name     name with diacritics ("Vĩnh Trụ")
 * @param province province or city, when a plan states it
 */
public record Commune(String id, String name, String province) {
}
