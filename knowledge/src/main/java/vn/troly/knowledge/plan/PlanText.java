package vn.troly.knowledge.plan;

import java.util.List;

/**
 * A plan document as lines of text; table rows are lines whose cells are separated by tabs (as in the sample corpus;
 * .docx files are converted to the same shape).
 *
 * @param fileName name of the source file
 * @param lines    the lines, without line terminators
 * @param ocr      whether the lines were read by OCR from a scan, so letters and figures may be misread
 */
public record PlanText(String fileName, List<String> lines, boolean ocr) {

    public PlanText(String fileName, List<String> lines) {
        this(fileName, lines, false);
    }

    public static PlanText of(String fileName, String content) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        return new PlanText(fileName, List.of(text.split("\\r?\\n|\\r", -1)));
    }

    /** Line by 1-based number. */
    public String line(int number) {
        return lines.get(number - 1);
    }
}
