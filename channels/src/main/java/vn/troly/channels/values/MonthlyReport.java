package vn.troly.channels.values;

import jakarta.inject.Singleton;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.troly.assistant.handlers.RowAnswer;
import vn.troly.assistant.prompt.Prompts;
import vn.troly.knowledge.library.Commune;
import vn.troly.knowledge.library.PlanLibrary;
import vn.troly.knowledge.plan.Task;
import vn.troly.knowledge.text.VietnameseNumbers;
import vn.troly.knowledge.values.AsOf;
import vn.troly.knowledge.values.CommuneSummary;
import vn.troly.knowledge.values.IndicatorValue;
import vn.troly.knowledge.values.SummaryBuilder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Drafts the monthly report on plan implementation as a Word document a commune office can finish and sign
 * (prompts/report-monthly.yml; layout in {@link DocxLayout}). A month is reported as of its last day, a month not over
 * yet as of today: only what was known then counts.
 */
@Singleton
public class MonthlyReport {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** Body text 13 pt, the table 11 pt, as Nghị định 30 allows for tables. */
    private static final int BODY = 13;
    private static final int TABLE = 11;
    /** STT, indicator, target, result, assessment, lead: the indicator takes what the others leave of an A4 page. */
    private static final int[] COLUMNS = {700, DocxLayout.TEXT_WIDTH - 700 - 1350 - 1100 - 1000 - 1750, 1350, 1100, 1000, 1750};
    /** The header table: issuer on the left, the national motto on the right, wide enough for it on one line. */
    private static final int[] HEADER = {3300, DocxLayout.TEXT_WIDTH - 3300};

    private final Map<String, Object> text = Prompts.yaml("report-monthly.yml");
    private final SummaryBuilder summaries;
    private final PlanLibrary library;
    private final Clock clock;

    public MonthlyReport(SummaryBuilder summaries, PlanLibrary library, Clock clock) {
        this.summaries = summaries;
        this.library = library;
        this.clock = clock;
    }

    public byte[] docx(Commune commune, YearMonth month) {
        return docx(commune.name(), month, summaries.summary(commune.id(), AsOf.endOf(month, clock)), library.tasks(commune.id()));
    }

    public byte[] docx(String communeName, YearMonth month, CommuneSummary summary, List<Task> tasks) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            DocxLayout.a4(doc);
            header(doc, communeName, month);
            DocxLayout.paragraph(doc, t("title", communeName, month), true, ParagraphAlignment.CENTER, 14).setSpacingBefore(240);
            DocxLayout.paragraph(doc, t("subtitle", communeName, month), true, ParagraphAlignment.CENTER, 14);

            DocxLayout.paragraph(doc, t("section_results", communeName, month), true, ParagraphAlignment.LEFT, BODY);
            Map<String, Long> c = summary.counts();
            DocxLayout.paragraph(doc, fill(t("results_intro", communeName, month), "date", summary.asOf().format(DAY),
                    "total", String.valueOf(summary.rows().size()), "met", c.get("met").toString(), "not_met", c.get("not_met").toString(),
                    "at_risk", c.get("at_risk").toString(), "overdue", c.get("overdue").toString(), "no_data", c.get("no_data").toString()),
                    false, ParagraphAlignment.BOTH, BODY);
            table(doc, summary);

            DocxLayout.paragraph(doc, t("section_tasks", communeName, month), true, ParagraphAlignment.LEFT, BODY).setSpacingBefore(240);
            DocxLayout.paragraph(doc, fill(t("tasks_intro", communeName, month), "count", String.valueOf(tasks.size())),
                    false, ParagraphAlignment.BOTH, BODY);
            @SuppressWarnings("unchecked")
            List<String> taskHeaders = (List<String>) text.get("task_headers");
            TaskTable.write(doc, taskHeaders, tasks);

            DocxLayout.paragraph(doc, t("section_late", communeName, month), true, ParagraphAlignment.LEFT, BODY).setSpacingBefore(240);
            if (summary.late().isEmpty()) {
                DocxLayout.paragraph(doc, t("late_none", communeName, month), false, ParagraphAlignment.LEFT, BODY);
            }
            for (CommuneSummary.Row row : summary.late()) {
                DocxLayout.paragraph(doc, fill(t("late_item", communeName, month), "stt", Objects.toString(row.stt(), ""),
                        "name", row.name(), "status", status(row.status()), "deadline", Objects.toString(row.deadline(), ""),
                        "lead", row.lead()), false, ParagraphAlignment.BOTH, BODY);
            }
            suspect(doc, summary, communeName, month);
            DocxLayout.paragraph(doc, t("section_proposals", communeName, month), true, ParagraphAlignment.LEFT, BODY);
            DocxLayout.paragraph(doc, t("proposals_placeholder", communeName, month), false, ParagraphAlignment.LEFT, BODY);
            footer(doc, communeName, month);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void header(XWPFDocument doc, String commune, YearMonth month) {
        XWPFTable table = DocxLayout.table(doc, 1, HEADER);
        table.removeBorders();
        XWPFTableCell issuer = table.getRow(0).getCell(0);
        DocxLayout.cell(issuer, t("issuer", commune, month), true, ParagraphAlignment.CENTER, 13);
        line(issuer, t("number", commune, month), false, false, 13);
        XWPFTableCell motto = table.getRow(0).getCell(1);
        DocxLayout.cell(motto, t("motto", commune, month), true, ParagraphAlignment.CENTER, 12);
        line(motto, t("motto_line", commune, month), true, false, 13);
        line(motto, t("place_date", commune, month), false, true, 13).setSpacingBefore(120);
    }

    private static XWPFParagraph line(XWPFTableCell cell, String value, boolean bold, boolean italic, int size) {
        XWPFParagraph p = cell.addParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        DocxLayout.run(p, value, bold, size).setItalic(italic);
        return p;
    }

    /** The indicators under the plan's own headings and numbers. */
    private void table(XWPFDocument doc, CommuneSummary summary) {
        @SuppressWarnings("unchecked")
        List<String> headers = (List<String>) text.get("table_headers");
        XWPFTable table = DocxLayout.table(doc, 1, COLUMNS);
        XWPFTableRow head = table.getRow(0);
        head.setRepeatHeader(true);
        for (int i = 0; i < headers.size(); i++) {
            DocxLayout.cell(head.getCell(i), headers.get(i), true, ParagraphAlignment.CENTER, TABLE);
        }
        String group = null;
        for (CommuneSummary.Row row : summary.rows()) {
            if (row.group() != null && !row.group().equals(group)) {
                group = row.group();
                groupRow(table, row);
            }
            XWPFTableRow line = newRow(table);
            line.setCantSplitRow(true);
            DocxLayout.cell(line.getCell(0), Objects.toString(row.stt(), ""), false, ParagraphAlignment.CENTER, TABLE);
            DocxLayout.cell(line.getCell(1), row.name(), false, ParagraphAlignment.LEFT, TABLE);
            DocxLayout.cell(line.getCell(2), target(row), false, ParagraphAlignment.LEFT, TABLE);
            DocxLayout.cell(line.getCell(3), value(row), false, ParagraphAlignment.CENTER, TABLE);
            DocxLayout.cell(line.getCell(4), status(row.status()), false, ParagraphAlignment.CENTER, TABLE);
            DocxLayout.cell(line.getCell(5), row.lead(), false, ParagraphAlignment.LEFT, TABLE);
        }
    }

    /** "2  Hạ tầng số" across the table, numbered as the plan numbers its rows' group. */
    private static void groupRow(XWPFTable table, CommuneSummary.Row row) {
        XWPFTableRow line = newRow(table);
        while (line.getTableCells().size() > 2) {
            line.removeCell(line.getTableCells().size() - 1);
        }
        String stt = row.stt() == null || !row.stt().contains(".") ? "" : row.stt().substring(0, row.stt().indexOf('.'));
        DocxLayout.cell(line.getCell(0), stt, true, ParagraphAlignment.CENTER, TABLE);
        XWPFTableCell title = line.getCell(1);
        int rest = DocxLayout.TEXT_WIDTH - COLUMNS[0];
        DocxLayout.width(title, rest);
        title.getCTTc().getTcPr().addNewGridSpan().setVal(BigInteger.valueOf(COLUMNS.length - 1));
        DocxLayout.cell(title, row.group(), true, ParagraphAlignment.LEFT, TABLE);
    }

    private static XWPFTableRow newRow(XWPFTable table) {
        XWPFTableRow line = table.createRow();
        for (int c = 0; c < line.getTableCells().size() && c < COLUMNS.length; c++) {
            DocxLayout.width(line.getCell(c), COLUMNS[c]);
        }
        return line;
    }

    /** "Đạt tối thiểu 70% (2026)": the target as the plan writes it, with its unit and period. */
    private static String target(CommuneSummary.Row row) {
        if (row.targetText() == null) {
            return "";
        }
        String t = RowAnswer.withUnit(row.targetText().strip(), row.unit());
        t = t.isEmpty() ? t : t.substring(0, 1).toUpperCase(Locale.ROOT) + t.substring(1);
        return row.period() == null ? t : t + " (" + row.period() + ")";
    }

    /** The value with its unit; a percentage target means a percentage value, unit column or not. */
    private static String value(CommuneSummary.Row row) {
        String unit = row.unit() != null ? row.unit() : row.targetText() != null && row.targetText().contains("%") ? "%" : null;
        return row.value() == null ? "" : RowAnswer.withUnit(VietnameseNumbers.format(row.value()), unit);
    }

    private void suspect(XWPFDocument doc, CommuneSummary summary, String communeName, YearMonth month) {
        if (summary.suspect().isEmpty()) {
            return;
        }
        DocxLayout.paragraph(doc, t("section_suspect", communeName, month), true, ParagraphAlignment.LEFT, BODY);
        for (IndicatorValue v : summary.suspect()) {
            String name = summary.rows().stream().filter(r -> r.indicatorId().equals(v.indicatorId()))
                    .map(CommuneSummary.Row::name).findFirst().orElse(v.indicatorId());
            DocxLayout.paragraph(doc, fill(t("suspect_item", communeName, month), "name", name,
                    "value", v.value() == null ? String.valueOf(v.text()) : VietnameseNumbers.format(v.value()), "date", v.asOf().format(DAY)),
                    false, ParagraphAlignment.BOTH, BODY);
        }
    }

    private void footer(XWPFDocument doc, String commune, YearMonth month) {
        XWPFTable table = DocxLayout.table(doc, 1, HEADER);
        table.removeBorders();
        XWPFTableCell recipients = table.getRow(0).getCell(0);
        XWPFParagraph first = recipients.getParagraphs().get(0);
        first.setSpacingAfter(0);
        DocxLayout.run(first, t("recipients_title", commune, month), true, 12).setItalic(true);
        for (String line : t("recipients", commune, month).split("\n")) {
            XWPFParagraph p = recipients.addParagraph();
            p.setSpacingAfter(0);
            DocxLayout.run(p, line, false, 11);
        }
        DocxLayout.cell(table.getRow(0).getCell(1), t("signature", commune, month), true, ParagraphAlignment.CENTER, 13);
    }

    private String status(String code) {
        return String.valueOf(text.get("status_" + code));
    }

    private String t(String key, String commune, YearMonth month) {
        return fill(String.valueOf(text.get(key)).strip(), "commune", commune, "COMMUNE", commune.toUpperCase(Locale.ROOT),
                "month", String.valueOf(month.getMonthValue()), "year", String.valueOf(month.getYear()));
    }

    private static String fill(String template, String... pairs) {
        String out = template;
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            out = out.replace("{" + pairs[i] + "}", pairs[i + 1]);
        }
        return out;
    }
}
