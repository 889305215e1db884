package vn.troly.channels.zalo;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Webhook events in the database from the moment they are acknowledged until they are answered: a delivery Zalo
 * repeats (same message id) finds its row and is not answered twice, and an event acknowledged just before a crash is
 * still there, unanswered, when the service starts again.
 */
final class ZaloInbox {

    /** Both H2 and PostgreSQL report a primary key already taken with this SQLState. */
    private static final String UNIQUE_VIOLATION = "23505";
    static final int MAX_TEXT = 4000;

    private final DataSource dataSource;

    ZaloInbox(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Stores the event; false when it was stored before (a retried delivery). */
    boolean add(ZaloEvent event, Instant now) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO zalo_inbound (event_key, event_name, user_id, text, event_time, received_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, event.key());
            ps.setString(2, event.name());
            ps.setString(3, event.userId());
            ps.setString(4, event.text() == null ? null : event.text().substring(0, Math.min(MAX_TEXT, event.text().length())));
            ps.setString(5, event.timestamp());
            ps.setTimestamp(6, Timestamp.from(now));
            ps.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return false;
            }
            throw new IllegalStateException("cannot store the Zalo event", e);
        }
    }

    void done(ZaloEvent event, Instant now) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "UPDATE zalo_inbound SET done_at = ? WHERE event_key = ?")) {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setString(2, event.key());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot mark the Zalo event answered", e);
        }
    }

    /** Events acknowledged since {@code since} and never answered, oldest first. */
    List<ZaloEvent> pending(Instant since) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT event_key, event_name, user_id, text, event_time FROM zalo_inbound"
                        + " WHERE done_at IS NULL AND received_at >= ? ORDER BY received_at")) {
            ps.setTimestamp(1, Timestamp.from(since));
            List<ZaloEvent> events = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String key = rs.getString(1);
                    String msgId = key.startsWith("msg:") ? key.substring(4) : null;
                    events.add(new ZaloEvent(rs.getString(2), rs.getString(3), msgId, rs.getString(4), rs.getString(5)));
                }
            }
            return events;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read pending Zalo events", e);
        }
    }

    /** Forgets events received before {@code before}: Zalo stops repeating a delivery within hours. */
    int prune(Instant before) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "DELETE FROM zalo_inbound WHERE received_at < ?")) {
            ps.setTimestamp(1, Timestamp.from(before));
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prune Zalo events", e);
        }
    }
}
