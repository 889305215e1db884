package vn.troly.knowledge.library;

/**
 * A commune the assistant knows a plan for.
 *
 * @param id         commune id: its name's ("vinh-tru"), or with its province ("dong-nai/vinh-tru") when a commune of
 *                   another province was loaded first under the name's id
 * @param name       name with diacritics ("Vĩnh Trụ")
 * @param province   province or city, when a plan states it (or it was given on upload)
 * @param provinceId the province's id ("ninh-binh"), or null
 */
public record Commune(String id, String name, String province, String provinceId) {

    /** "ninh-binh/vinh-tru": the id with the province, whatever the id itself; just the id without a province. */
    public String qualifiedId() {
        return provinceId == null || id.contains("/") ? id : provinceId + "/" + id;
    }
}
