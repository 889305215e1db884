package vn.troly.channels.values;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.troly.knowledge.agency.AgencyRef;
import vn.troly.knowledge.plan.Task;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The monthly report's table of the plan's tasks: STT, task, deadline and lead as the plan writes them, and an empty
 * column for what the office reports, since tasks have no figures to compute a status from.
 */
final class TaskTable {

    private static final int SIZE = 11;
    /** STT, task, deadline, lead, result: the task takes what the others leave of an A4 page. */
    private static final int[] COLUMNS = {700, DocxLayout.TEXT_WIDTH - 700 - 1300 - 1800 - 1800, 1300, 1800, 1800};

    private TaskTable() {
    }

    static void write(XWPFDocument doc, List<String> headers, List<Task> tasks) {
        XWPFTable table = DocxLayout.table(doc, 1, COLUMNS);
        XWPFTableRow head = table.getRow(0);
        head.setRepeatHeader(true);
        for (int i = 0; i < headers.size(); i++) {
            DocxLayout.cell(head.getCell(i), headers.get(i), true, ParagraphAlignment.CENTER, SIZE);
        }
        for (Task task : tasks) {
            XWPFTableRow line = table.createRow();
            line.setCantSplitRow(true);
            for (int c = 0; c < COLUMNS.length; c++) {
                DocxLayout.width(line.getCell(c), COLUMNS[c]);
            }
            DocxLayout.cell(line.getCell(0), Objects.toString(task.source().stt(), ""), false, ParagraphAlignment.CENTER, SIZE);
            DocxLayout.cell(line.getCell(1), task.name(), false, ParagraphAlignment.LEFT, SIZE);
            DocxLayout.cell(line.getCell(2), task.deadline() == null ? "" : task.deadline().raw(), false, ParagraphAlignment.CENTER, SIZE);
            DocxLayout.cell(line.getCell(3), task.lead().stream().map(AgencyRef::name).distinct().collect(Collectors.joining(", ")),
                    false, ParagraphAlignment.LEFT, SIZE);
            DocxLayout.cell(line.getCell(4), "", false, ParagraphAlignment.LEFT, SIZE);
        }
    }
}
