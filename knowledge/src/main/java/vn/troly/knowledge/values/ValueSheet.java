package vn.troly.knowledge.values;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.troly.knowledge.agency.AgencyRef;
import vn.troly.knowledge.plan.Indicator;
import vn.troly.knowledge.plan.Target;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The Excel (and CSV) form officials fill in: one row per indicator, the value, its date, source and note. */
public final class ValueSheet {

    static final String[] HEADERS = {"Mã chỉ tiêu", "STT", "Tên chỉ tiêu", "Đơn vị", "Mục tiêu", "Cơ quan chủ trì",
            "Giá trị", "Ngày số liệu (yyyy-mm-dd)", "Nguồn số liệu", "Ghi chú"};
    private static final int ID = 0;
    private static final int VALUE = 6;
    private static final int AS_OF = 7;
    private static final int SOURCE = 8;
    private static final int NOTE = 9;

    /** A filled row read back: its 1-based row number and what it reports. */
    public record Line(int row, ValueReport report) {
    }

    /** The template for a commune: its indicators with an empty value column. */
    public byte[] template(String communeName, List<Indicator> indicators, ProgressCalculator calculator, LocalDate today) {
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
                Target target = calculator.currentTarget(indicator.targets(), today);
                row.createCell(0).setCellValue(indicator.id());
                row.createCell(1).setCellValue(indicator.source().stt());
                row.createCell(2).setCellValue(indicator.name());
                row.createCell(3).setCellValue(indicator.unit() == null ? "" : indicator.unit());
                row.createCell(4).setCellValue(target == null ? "" : (target.period() == null ? "" : target.period() + ": ") + target.raw());
                row.createCell(5).setCellValue(indicator.lead().stream().map(AgencyRef::name).collect(Collectors.joining(", ")));
            }
            sheet.createFreezePane(0, 1);
            sheet.setColumnWidth(2, 60 * 256);
            sheet.setColumnWidth(5, 30 * 256);
            sheet.setColumnWidth(7, 22 * 256);
            workbook.getProperties().getCoreProperties().setTitle("Báo cáo số liệu chỉ tiêu chuyển đổi số xã " + communeName);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The filled rows of an uploaded workbook (rows without a value are skipped). */
    public List<Line> readXlsx(byte[] content, String reporter) throws ValueRejectedException {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            List<Line> lines = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                String value = number(row.getCell(VALUE), formatter);
                if (value.isBlank()) {
                    continue;
                }
                lines.add(new Line(row.getRowNum() + 1, new ValueReport(text(row.getCell(ID), formatter), value,
                        date(row.getCell(AS_OF), formatter), text(row.getCell(SOURCE), formatter),
                        text(row.getCell(NOTE), formatter), reporter, "excel")));
            }
            return lines;
        } catch (IOException | RuntimeException e) {
            throw new ValueRejectedException("bad_file", "Không đọc được tệp Excel (.xlsx): tệp hỏng hoặc không đúng mẫu. "
                    + "Hãy tải mẫu từ hệ thống, điền cột \"Giá trị\" rồi gửi lại.");
        }
    }

    /** CSV with the columns: mã chỉ tiêu, giá trị, ngày số liệu, nguồn, ghi chú (comma or semicolon separated). */
    public List<Line> readCsv(byte[] content, String reporter) throws ValueRejectedException {
        String text = new String(content, StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<Line> lines = new ArrayList<>();
        String[] rows = text.split("\\r?\\n");
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

    private static String text(Cell cell, DataFormatter formatter) {
        return cell == null ? null : formatter.formatCellValue(cell).strip();
    }

    /** A numeric cell as its plain value (not as displayed), so 62.5 never becomes "62,5%" or "63". */
    private static String number(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
        }
        return formatter.formatCellValue(cell).strip();
    }

    private static String date(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        String text = formatter.formatCellValue(cell).strip();
        return text.isEmpty() ? null : text;
    }
}
