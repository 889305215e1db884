package vn.troly.knowledge.values;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import vn.troly.knowledge.files.OversizeFileException;

import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The first sheet of a workbook read as a stream of rows (POI's SAX event API), never as a whole workbook in memory,
 * and abandoned at the first row past the limit: a sheet of 450,000 rows costs as much as one of {@code maxRows}.
 */
final class SheetRows {

    /** A row: its 0-based number and its cells' texts by column (null where there is no cell). */
    record Row(int number, String[] cells) {
    }

    private SheetRows() {
    }

    static List<Row> read(byte[] content, int columns, int maxRows)
            throws IOException, OversizeFileException, OpenXML4JException, SAXException, ParserConfigurationException {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(pkg);
            StylesTable styles = reader.getStylesTable();
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return List.of();
            }
            Collector rows = new Collector(columns, maxRows);
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, rows, new PlainValues(), false));
                parser.parse(new InputSource(sheet));
            } catch (TooManyRows e) {
                throw new OversizeFileException("too_many_rows", maxRows);
            } catch (SAXException e) {
                if (e.getCause() instanceof TooManyRows) {
                    throw new OversizeFileException("too_many_rows", maxRows);
                }
                throw e;
            }
            return rows.rows;
        }
    }

    /** Thrown from inside the parser to stop it; unchecked because the SAX callbacks declare nothing. */
    private static final class TooManyRows extends RuntimeException {
        TooManyRows() {
            super(null, null, false, false);
        }
    }

    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final int columns;
        private final int maxRows;
        private final List<Row> rows = new ArrayList<>();
        private String[] current;
        private int number;

        Collector(int columns, int maxRows) {
            this.columns = columns;
            this.maxRows = maxRows;
        }

        @Override
        public void startRow(int rowNum) {
            // row numbers count too: a sheet with its last row at 1,048,576 is not read up to there
            if (rows.size() >= maxRows || rowNum >= maxRows) {
                throw new TooManyRows();
            }
            number = rowNum;
            current = new String[columns];
        }

        @Override
        public void endRow(int rowNum) {
            rows.add(new Row(number, current));
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            if (reference == null) {
                return;
            }
            int column = new CellReference(reference).getCol();
            if (column < columns) {
                current[column] = value;
            }
        }
    }

    /**
     * Numbers as their plain value, not as displayed, so 62.5 never becomes "62,5%" or "63"; dates as 2026-11-15.
     */
    private static final class PlainValues extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }
}
