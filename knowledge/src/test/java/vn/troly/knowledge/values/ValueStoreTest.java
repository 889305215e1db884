package vn.troly.knowledge.values;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.sql.DataSource;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The same behaviour on H2 and on PostgreSQL. */
class ValueStoreTest {

    private static IndicatorValue value(String indicator, Double number, String asOf, String recordedAt) {
        return new IndicatorValue(0, indicator, "vinh-tru", number, null, "%", LocalDate.parse(asOf), "Phòng VH-XH",
                "api", "Báo cáo tháng", null, false, Instant.parse(recordedAt));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void keepsEveryValueAndReadsTheLatestByAsOfThenRecordedTime(String database) {
        ValueStore store = new ValueStore(Databases.create(database));
        store.append(value("a", 40.0, "2026-09-30", "2026-10-01T01:00:00Z"));
        store.append(value("a", 55.5, "2026-10-31", "2026-11-01T01:00:00Z"));
        IndicatorValue correction = store.append(value("a", 52.25, "2026-10-31", "2026-11-02T01:00:00Z"));
        store.append(value("b", 10.0, "2026-11-15", "2026-11-15T01:00:00Z"));

        List<IndicatorValue> history = store.history("a");
        assertEquals(3, history.size(), "a correction is a new entry, nothing is overwritten");
        assertEquals(correction.id(), history.get(0).id());
        assertEquals(52.25, store.latest("a").orElseThrow().value());
        assertEquals(40.0, history.get(2).value());
        assertEquals(2, store.historyByIndicator("vinh-tru").size());
        assertEquals(4, store.count());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void storesABatchWhollyOrNotAtAll(String database) {
        DataSource dataSource = Databases.create(database);
        ValueStore store = new ValueStore(dataSource);
        IndicatorValue tooLong = new IndicatorValue(0, "x".repeat(300), "vinh-tru", 1.0, null, null, LocalDate.parse("2026-11-01"),
                "a", "excel", null, null, false, Instant.parse("2026-11-02T00:00:00Z"));
        assertThrows(IllegalStateException.class,
                () -> store.appendAll(List.of(value("a", 1.0, "2026-11-01", "2026-11-02T00:00:00Z"), tooLong)));
        assertEquals(0, store.count());
        assertTrue(store.history("a").isEmpty());
    }
}
