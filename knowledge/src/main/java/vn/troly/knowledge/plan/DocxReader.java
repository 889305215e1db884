package vn.troly.knowledge.plan;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Converts a .docx plan into the line-and-tab shape of {@link PlanText}: paragraphs become lines, table rows tab-separated lines. */
public final class DocxReader {

    public PlanText read(String fileName, byte[] content) throws PlanParseException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            List<String> lines = new ArrayList<>();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    lines.add(paragraph.getText().replace('\t', ' '));
                } else if (element instanceof XWPFTable table) {
                    lines.add("");
                    for (XWPFTableRow row : table.getRows()) {
                        lines.add(rowLine(row));
                    }
                    lines.add("");
                }
            }
            return new PlanText(fileName, lines);
        } catch (IOException | RuntimeException e) {
            throw new PlanParseException("Không đọc được tệp Word \"" + fileName + "\": tệp hỏng hoặc không phải định dạng .docx.", e);
        }
    }

    private static String rowLine(XWPFTableRow row) {
        List<String> cells = new ArrayList<>();
        for (XWPFTableCell cell : row.getTableCells()) {
            StringBuilder text = new StringBuilder();
            for (XWPFParagraph paragraph : cell.getParagraphs()) {
                String part = paragraph.getText().replace('\t', ' ').strip();
                if (!part.isEmpty()) {
                    if (!text.isEmpty()) {
                        text.append(' ');
                    }
                    text.append(part);
                }
            }
            CTTcPr properties = cell.getCTTc().getTcPr();
            boolean continuedVertically = properties != null && properties.getVMerge() != null
                    && properties.getVMerge().getVal() == null;
            cells.add(continuedVertically ? "" : text.toString());
            int span = properties != null && properties.getGridSpan() != null
                    ? properties.getGridSpan().getVal().intValue() : 1;
            for (int i = 1; i < span; i++) {
                cells.add("");
            }
        }
        // A row of one cell would not contain a tab and be lost as a table row.
        if (cells.size() == 1) {
            cells.add("");
        }
        return String.join("\t", cells);
    }
}
