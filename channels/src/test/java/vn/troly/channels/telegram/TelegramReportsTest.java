package vn.troly.channels.telegram;

import org.junit.jupiter.api.Test;
import vn.troly.knowledge.text.VietnameseNormalizer;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** "/baocao" reads chat's month shorthands, and then the same rule as the API: yyyy-MM, years 2000 to 2100. */
class TelegramReportsTest {

    private final TelegramReports reports = new TelegramReports(null, null, new VietnameseNormalizer(), null, null, null,
            Clock.fixed(Instant.parse("2026-11-24T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh")), false, null, null, null, null);

    @Test
    void readsShorthandsAndRefusesTheRest() {
        assertEquals(YearMonth.of(2026, 11), reports.month(""));
        assertEquals(YearMonth.of(2026, 10), reports.month("10"));
        assertEquals(YearMonth.of(2026, 3), reports.month("tháng 3"));
        assertEquals(YearMonth.of(2025, 11), reports.month("11/2025"));
        assertEquals(YearMonth.of(2027, 1), reports.month("2027-1"));
        assertEquals(YearMonth.of(2027, 1), reports.month("2027-01"));
        for (String bad : new String[]{"13", "0/2026", "11/1999", "11/2101", "+999999999-12", "tháng mười", "2026-13"}) {
            assertNull(reports.month(bad), bad);
        }
    }
}
