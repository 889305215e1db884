package vn.troly.knowledge.values;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.troly.knowledge.agency.AgencyRef;
import vn.troly.knowledge.files.OversizeFileException;
import vn.troly.knowledge.files.ZipLimits;
import vn.troly.knowledge.plan.Indicator;
import vn.troly.knowledge.plan.Target;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The Excel (and CSV) form officials fill in: one row per indicator, the value, its date, source and note. */
public final class ValueSheet {

    static final String[] HEADERS = {"Mã chỉ tiêu", "STT", "Tên chỉ tiêu", "Đơn vị", "Mục tiêu", "Cơ quan chủ trì",
            "Giá trị", "Ngày số liệu (dd/mm/yyyy)", "Nguồn số liệu", "Ghi chú"};
    /** Column widths in characters: the id and the target whole, the name on a wide column. */
    private static final int[] WIDTHS = {26, 6, 60, 8, 34, 30, 12, 16, 26, 30};
    private static final int ID = 0;
    private static final int VALUE = 6;
    private static final int AS_OF = 7;
    private static final int SOURCE = 8;
    private static final int NOTE = 9;

    /** A filled row read back: its 1-based row number and what it reports. */
    public record Line(int row, ValueReport report) {
    }

    /**
     * The template for a commune: its indicators with an empty value column, then a sheet of instructions (the data
     * sheet stays first: uploads read the first sheet).
     *
     * @param guide the instructions sheet's name, then its lines (prompts/sheet.yml)
     */
    public byte[] template(String communeName, List<Indicator> indicators, LocalDate today, List<String> guide) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Báo cáo số liệu");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.length; i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(HEADERS[i]);
                cell.setCellStyle(bold);
            }
            int r = 1;
            for (Indicator indicator : indicators) {
                Row row = sheet.createRow(r++);
                Target target = Schedule.currentTarget(indicator.targets(), today);
                row.createCell(0).setCellValue(indicator.id());
                row.createCell(1).setCellValue(indicator.source().stt());
                row.createCell(2).setCellValue(indicator.name());
                row.createCell(3).setCellValue(indicator.unit() == null ? "" : indicator.unit());
                row.createCell(4).setCellValue(target == null ? "" : (target.period() == null ? "" : target.period() + ": ") + target.raw());
                row.createCell(5).setCellValue(indicator.lead().stream().map(AgencyRef::name).collect(Collectors.joining(", ")));
            }
            sheet.createFreezePane(0, 1);
            for (int i = 0; i < WIDTHS.length; i++) {
                sheet.setColumnWidth(i, WIDTHS[i] * 256);
            }
            validate(sheet, indicators, guide);
            Sheet help = workbook.createSheet(guide.get(0));
            help.setColumnWidth(0, 110 * 256);
            for (int i = 1; i < guide.size(); i++) {
                help.createRow(i - 1).createCell(0).setCellValue(guide.get(i));
            }
            workbook.getProperties().getCoreProperties().setTitle("Báo cáo số liệu chỉ tiêu chuyển đổi số xã " + communeName);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A number in the value column of rows with a numeric target (a qualitative row takes words: "Đã thực hiện"), and a
     * reminder of the date's form on the date column; the server checks both again.
     */
    private static void validate(Sheet sheet, List<Indicator> indicators, List<String> guide) {
        if (indicators.isEmpty()) {
            return;
        }
        DataValidationHelper helper = sheet.getDataValidationHelper();
        CellRangeAddressList numeric = new CellRangeAddressList();
        for (int r = 0; r < indicators.size(); r++) {
            if (!ValueValidator.qualitative(indicators.get(r))) {
                numeric.addCellRangeAddress(r + 1, VALUE, r + 1, VALUE);
            }
        }
        if (numeric.countRanges() > 0) {
            DataValidation number = helper.createValidation(helper.createDecimalConstraint(
                    DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null), numeric);
            number.setShowErrorBox(true);
            number.createErrorBox(HEADERS[VALUE], guide.get(guide.size() - 2));
            sheet.addValidationData(number);
        }
        DataValidation date = helper.createValidation(helper.createCustomConstraint("TRUE"),
                new CellRangeAddressList(1, indicators.size(), AS_OF, AS_OF));
        date.setShowPromptBox(true);
        date.createPromptBox(HEADERS[AS_OF], guide.get(guide.size() - 1));
        sheet.addValidationData(date);
    }

    /**
     * The filled rows of an uploaded workbook (rows without a value are skipped), read as a stream: the zip's parts are
     * checked against {@code zip} first, and reading stops at {@code maxRows} rows, header included.
     */
    public List<Line> readXlsx(byte[] content, String reporter, int maxRows, ZipLimits zip)
            throws ValueRejectedException, OversizeFileException {
        zip.check(content);
        List<SheetRows.Row> rows;
        try {
            rows = SheetRows.read(content, HEADERS.length, maxRows);
        } catch (OversizeFileException e) {
            throw e;
        } catch (Exception e) {
            throw new ValueRejectedException("bad_file", "Không đọc được tệp Excel (.xlsx): tệp hỏng hoặc không đúng mẫu. "
                    + "Hãy tải mẫu từ hệ thống, điền cột \"Giá trị\" rồi gửi lại.");
        }
        List<Line> lines = new ArrayList<>();
        for (SheetRows.Row row : rows) {
            String[] cells = row.cells();
            String value = cells[VALUE] == null ? "" : cells[VALUE].strip();
            if (row.number() == 0 || value.isBlank()) {
                continue;
            }
            lines.add(new Line(row.number() + 1, new ValueReport(stripped(cells[ID]), value, blankToNull(cells[AS_OF]),
                    stripped(cells[SOURCE]), stripped(cells[NOTE]), reporter, "excel")));
        }
        return lines;
    }

    /** CSV with the columns: mã chỉ tiêu, giá trị, ngày số liệu, nguồn, ghi chú (comma or semicolon separated). */
    public List<Line> readCsv(byte[] content, String reporter, int maxRows) throws ValueRejectedException, OversizeFileException {
        String text = new String(content, StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<Line> lines = new ArrayList<>();
        String[] rows = text.split("\\r?\\n");
        if (rows.length > maxRows) {
            throw new OversizeFileException("too_many_rows", maxRows);
        }
        for (int i = 0; i < rows.length; i++) {
            String row = rows[i];
            if (row.isBlank() || (i == 0 && !row.matches("^[^,;]*\\.[^,;]*[,;].*"))) {
                // the header line (an id always contains a dot)
                continue;
            }
            String[] cells = row.split(row.contains(";") ? ";" : ",", -1);
            if (cells.length < 2) {
                throw new ValueRejectedException("bad_file", "Dòng " + (i + 1) + " của tệp CSV thiếu cột: cần mã chỉ tiêu và giá trị.");
            }
            lines.add(new Line(i + 1, new ValueReport(cells[0].strip(), cells[1].strip(), cell(cells, 2), cell(cells, 3),
                    cell(cells, 4), reporter, "csv")));
        }
        return lines;
    }

    private static String cell(String[] cells, int i) {
        return i < cells.length && !cells[i].isBlank() ? cells[i].strip() : null;
    }

    private static String stripped(String text) {
        return text == null ? null : text.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
