package vn.troly.knowledge.values;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One reading of a target's period: its first and last year, and whether it covers a year. */
class SchedulePeriodTest {

    @Test
    void aPeriodIsItsFirstAndLastYear() {
        assertArrayEquals(new int[]{2026, 2030}, Schedule.years("2026 - 2030").orElseThrow());
        assertArrayEquals(new int[]{2030, 2030}, Schedule.years("2030").orElseThrow());
        assertTrue(Schedule.years("Thường xuyên").isEmpty());
        assertTrue(Schedule.years(null).isEmpty());
        assertTrue(Schedule.covers("2026-2027", 2027));
        assertFalse(Schedule.covers("2026-2027", 2028));
        assertFalse(Schedule.covers(null, 2026));
    }
}
