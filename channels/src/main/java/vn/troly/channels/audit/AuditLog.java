package vn.troly.channels.audit;

import vn.troly.knowledge.text.PersonalData;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The append-only audit trail in the database; every detail is masked before it is written. */
public final class AuditLog {

    /** What an admin asks of the trail; null fields do not filter. */
    public record Query(Instant from, Instant to, String userId, String kind, int limit) {
    }

    private static final int MAX_DETAIL = 8000;

    private final DataSource dataSource;
    private final Clock clock;

    public AuditLog(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    public void record(String userId, String role, String channel, String communeId, String kind, String detail) {
        recordAll(List.of(new AuditEvent(0, null, userId, role, channel, communeId, kind, detail)));
    }

    public void recordAll(List<AuditEvent> events) {
        Timestamp now = Timestamp.from(clock.instant());
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO audit_event (at, user_id, role, channel, commune_id, kind, detail) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (AuditEvent e : events) {
                String detail = PersonalData.mask(e.detail() == null ? "" : e.detail());
                ps.setTimestamp(1, now);
                ps.setString(2, e.userId());
                ps.setString(3, e.role());
                ps.setString(4, e.channel() == null ? "unknown" : e.channel());
                ps.setString(5, e.communeId());
                ps.setString(6, e.kind());
                ps.setString(7, detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) : detail);
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write the audit trail", e);
        }
    }

    /** Matching events, newest first. */
    public List<AuditEvent> find(Query q) {
        StringBuilder sql = new StringBuilder("SELECT id, at, user_id, role, channel, commune_id, kind, detail FROM audit_event WHERE 1=1");
        List<Object> args = new ArrayList<>();
        if (q.from() != null) {
            sql.append(" AND at >= ?");
            args.add(Timestamp.from(q.from()));
        }
        if (q.to() != null) {
            sql.append(" AND at < ?");
            args.add(Timestamp.from(q.to()));
        }
        if (q.userId() != null) {
            sql.append(" AND user_id = ?");
            args.add(q.userId());
        }
        if (q.kind() != null) {
            sql.append(" AND kind = ?");
            args.add(q.kind());
        }
        sql.append(" ORDER BY id DESC LIMIT ").append(Math.max(1, q.limit()));
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<AuditEvent> events = new ArrayList<>();
                while (rs.next()) {
                    events.add(new AuditEvent(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
                }
                return events;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the audit trail", e);
        }
    }
}
