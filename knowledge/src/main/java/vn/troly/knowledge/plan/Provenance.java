package vn.troly.knowledge.plan;

import java.util.List;

/**
 * Where a fact comes from, for citations.
 *
 * @param documentId    plan document id (the commune id plus the file name)
 * @param documentTitle plan title
 * @param appendix      appendix heading ("Phụ lục I"), or null for the body
 * @param groups        group headings above the row, outermost first ("Giai đoạn 2026 - 2027", "Hạ tầng số")
 * @param stt           the row number as printed
 * @param startLine     first line of the source text (1-based)
 * @param endLine       last line of the source text
 * @param ocr           whether the row was read by OCR from a scanned plan: low confidence, a letter or figure may be
 *                      misread, so it is worth checking against the paper
 */
public record Provenance(String documentId, String documentTitle, String appendix, List<String> groups, String stt,
                         int startLine, int endLine, boolean ocr) {
}
