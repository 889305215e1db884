package vn.troly.channels.values;

import vn.troly.knowledge.text.VietnameseNumbers;
import jakarta.inject.Singleton;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.troly.assistant.prompt.Prompts;
import vn.troly.knowledge.library.Commune;
import vn.troly.knowledge.values.AsOf;
import vn.troly.knowledge.values.CommuneSummary;
import vn.troly.knowledge.values.IndicatorValue;
import vn.troly.knowledge.values.SummaryBuilder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Drafts the monthly report on plan implementation as a Word document (prompts/report-monthly.yml). */
@Singleton
public class MonthlyReport {

    private static final String FONT = "Times New Roman";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Map<String, Object> text = Prompts.yaml("report-monthly.yml");
    private final SummaryBuilder summaries;
    private final Clock clock;

    public MonthlyReport(SummaryBuilder summaries, Clock clock) {
        this.summaries = summaries;
        this.clock = clock;
    }

    /** The commune's report for a month; a month not over yet is reported as of today. */
    public byte[] docx(Commune commune, YearMonth month) {
        return docx(commune.name(), month, summaries.summary(commune.id(), AsOf.endOf(month, clock)));
    }

    public byte[] docx(String communeName, YearMonth month, CommuneSummary summary) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            header(doc, communeName, month);
            paragraph(doc, t("title", communeName, month), true, ParagraphAlignment.CENTER, 14);
            paragraph(doc, t("subtitle", communeName, month), true, ParagraphAlignment.CENTER, 13);

            paragraph(doc, t("section_results", communeName, month), true, ParagraphAlignment.LEFT, 13);
            Map<String, Long> c = summary.counts();
            paragraph(doc, fill(t("results_intro", communeName, month), "date", summary.asOf().format(DAY),
                    "total", String.valueOf(summary.rows().size()), "met", c.get("met").toString(), "not_met", c.get("not_met").toString(),
                    "at_risk", c.get("at_risk").toString(), "overdue", c.get("overdue").toString(), "no_data", c.get("no_data").toString()),
                    false, ParagraphAlignment.BOTH, 13);
            table(doc, summary);

            paragraph(doc, t("section_late", communeName, month), true, ParagraphAlignment.LEFT, 13);
            if (summary.late().isEmpty()) {
                paragraph(doc, t("late_none", communeName, month), false, ParagraphAlignment.LEFT, 13);
            }
            for (CommuneSummary.Row row : summary.late()) {
                paragraph(doc, fill(t("late_item", communeName, month), "name", row.name(), "status", status(row.status()),
                        "lead", row.lead()), false, ParagraphAlignment.BOTH, 13);
            }
            if (!summary.suspect().isEmpty()) {
                paragraph(doc, t("section_suspect", communeName, month), true, ParagraphAlignment.LEFT, 13);
                for (IndicatorValue v : summary.suspect()) {
                    String name = summary.rows().stream().filter(r -> r.indicatorId().equals(v.indicatorId()))
                            .map(CommuneSummary.Row::name).findFirst().orElse(v.indicatorId());
                    paragraph(doc, fill(t("suspect_item", communeName, month), "name", name,
                            "value", v.value() == null ? String.valueOf(v.text()) : VietnameseNumbers.format(v.value()), "date", v.asOf().format(DAY)),
                            false, ParagraphAlignment.BOTH, 13);
                }
            }
            paragraph(doc, t("section_proposals", communeName, month), true, ParagraphAlignment.LEFT, 13);
            paragraph(doc, t("proposals_placeholder", communeName, month), false, ParagraphAlignment.LEFT, 13);
            footer(doc, communeName, month);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void header(XWPFDocument doc, String commune, YearMonth month) {
        XWPFTable table = doc.createTable(1, 2);
        table.removeBorders();
        cell(table.getRow(0).getCell(0), t("issuer", commune, month) + "\n" + t("number", commune, month), true);
        cell(table.getRow(0).getCell(1), t("motto", commune, month), true);
        XWPFParagraph date = doc.createParagraph();
        date.setAlignment(ParagraphAlignment.RIGHT);
        run(date, t("place_date", commune, month), false, 13).setItalic(true);
    }

    private void table(XWPFDocument doc, CommuneSummary summary) {
        @SuppressWarnings("unchecked")
        List<String> headers = (List<String>) text.get("table_headers");
        XWPFTable table = doc.createTable(summary.rows().size() + 1, headers.size());
        for (int i = 0; i < headers.size(); i++) {
            cell(table.getRow(0).getCell(i), headers.get(i), true);
        }
        int r = 1;
        for (CommuneSummary.Row row : summary.rows()) {
            XWPFTableRow line = table.getRow(r);
            cell(line.getCell(0), String.valueOf(r), false);
            cell(line.getCell(1), row.name(), false);
            cell(line.getCell(2), row.value() == null ? "" : VietnameseNumbers.format(row.value()), false);
            cell(line.getCell(3), row.target() == null ? "" : VietnameseNumbers.format(row.target()), false);
            cell(line.getCell(4), status(row.status()), false);
            cell(line.getCell(5), row.lead(), false);
            r++;
        }
    }

    private void footer(XWPFDocument doc, String commune, YearMonth month) {
        XWPFTable table = doc.createTable(1, 2);
        table.removeBorders();
        cell(table.getRow(0).getCell(0), t("recipients", commune, month), false);
        cell(table.getRow(0).getCell(1), t("signature", commune, month), true);
    }

    private static void cell(XWPFTableCell cell, String value, boolean bold) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(bold ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
        String[] lines = value.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFRun run = run(p, lines[i], bold, 12);
            if (i < lines.length - 1) {
                run.addBreak();
            }
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String value, boolean bold, ParagraphAlignment align, int size) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        run(p, value, bold, size);
        return p;
    }

    private static XWPFRun run(XWPFParagraph p, String value, boolean bold, int size) {
        XWPFRun run = p.createRun();
        run.setText(value);
        run.setBold(bold);
        run.setFontFamily(FONT);
        run.setFontSize(size);
        return run;
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
