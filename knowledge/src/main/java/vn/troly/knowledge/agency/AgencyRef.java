package vn.troly.knowledge.agency;

/**
 * One agency as named in a plan cell: the canonical name it resolves to and the raw text kept for citation.
 *
 * @param id   canonical agency id, or null when the text names no known agency (a collective such as "Các phòng, đơn vị")
 * @param name canonical name when known, else the cleaned raw text
 * @param raw  the text as written in the plan
 */
public record AgencyRef(String id, String name, String raw) {
    public boolean known() {
        return id != null;
    }
}
