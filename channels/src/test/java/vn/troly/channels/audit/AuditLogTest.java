package vn.troly.channels.audit;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.troly.channels.support.Databases;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rows are in the trail when record returns, and a row the database refuses never takes its neighbours with it. */
class AuditLogTest {

    @TempDir
    Path data;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aRefusedRowLeavesItsNeighboursAndAFailureRow(String database) throws SQLException {
        Map<String, Object> properties = new HashMap<>(Databases.properties(database));
        properties.put("assistant.data-dir", data.toString());
        try (ApplicationContext context = ApplicationContext.run(properties)) {
            AuditLog log = context.getBean(AuditLog.class);
            // every event is cleaned and cut to its columns when made, so the database is made to refuse one row
            try (Connection c = context.getBean(DataSource.class).getConnection(); Statement s = c.createStatement()) {
                s.execute("ALTER TABLE audit_event ADD CONSTRAINT no_find_rows CHECK (detail <> 'find_rows')");
            }
            log.record(List.of(
                    event("u-1", "official", AuditEvent.QUESTION, "tiến độ 5G?"),
                    event("u-1", "official", AuditEvent.TOOL, "find_rows"),
                    event("u-1", "official", AuditEvent.ANSWER, "Đạt 55%")));

            List<AuditEvent> trail = log.find(new AuditLog.Query(null, null, null, null, 10));
            // newest first: the refused row is replaced in its place, between its neighbours
            assertEquals(List.of(AuditEvent.ANSWER, AuditLog.WRITE_FAILED, AuditEvent.QUESTION),
                    trail.stream().map(AuditEvent::kind).toList(), trail.toString());
            AuditEvent failed = trail.get(1);
            assertEquals("u-1", failed.userId());
            assertTrue(failed.detail().startsWith("tool: "), failed.detail());
            assertTrue(failed.detail().length() <= 520, "the reason is bounded");
            assertEquals("Đạt 55%", trail.get(0).detail());
        }
    }

    private static AuditEvent event(String user, String role, String kind, String detail) {
        return new AuditEvent(0, null, user, role, "api", "vinh-tru", kind, detail);
    }
}
