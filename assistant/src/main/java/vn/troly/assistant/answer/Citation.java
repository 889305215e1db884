package vn.troly.assistant.answer;

/**
 * Where a fact in an answer comes from.
 *
 * @param documentId    plan id, citizen article id or value report id
 * @param documentTitle its title
 * @param commune       commune name, or null for sources that are not a commune's
 * @param section       appendix and group headings, or the section heading
 * @param stt           row number, or null
 * @param excerpt       the cited text
 */
public record Citation(String documentId, String documentTitle, String commune, String section, String stt,
                       String excerpt) {
}
