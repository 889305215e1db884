package vn.troly.channels.audit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Exported audit cells never start a spreadsheet formula, whatever whitespace or control character comes first. */
class CsvCellTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1", "-1+cmd", "@SUM(A1)", "\t=1+1", "\r=1+1", "\n=HYPERLINK(\"x\")", "  =1", "\u0001=1",
            "\u00A0=1", "\u3000=1", "＝1+1", "＋1", "－1", "＠SUM(A1)", " \t\r\n＝1"})
    void defusesFormulas(String value) {
        String cell = CsvCell.of(value);
        assertTrue(cell.startsWith("\"'"), cell);
        assertTrue(cell.endsWith("\""), cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Phủ sóng 5G đạt 62,5%", "a=b", "1-2", "", " ", "email a@b"})
    void leavesPlainTextAlone(String value) {
        assertEquals("\"" + value + "\"", CsvCell.of(value));
    }

    @org.junit.jupiter.api.Test
    void quotesQuotesAndLineBreaks() {
        assertEquals("\"nói \"\"có\"\"\r\nrồi, xong\"", CsvCell.of("nói \"có\"\r\nrồi, xong"));
        assertEquals("", CsvCell.of(null));
    }
}
