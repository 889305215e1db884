package vn.troly.channels.handover;

import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The handover table. Every write commits before it returns (auto-commit), so a citizen told "Đã chuyển" has a row
 * even if the service dies right after; status changes are conditional updates, so two replicas' sweeps tell a
 * citizen about a timeout once.
 */
@Singleton
public class HandoverStore {

    private static final String COLUMNS = "id, commune_id, channel, recipient, question, transcript, group_chat_id, "
            + "group_message_id, status, created_at, reply, replied_at";

    private final DataSource dataSource;

    HandoverStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void insert(Handover h) {
        update("INSERT INTO handover (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                h.id(), h.communeId(), h.channel(), h.recipient(), h.question(), h.transcript(), h.groupChatId(),
                h.groupMessageId(), h.status(), Timestamp.from(h.createdAt()), h.reply(),
                h.repliedAt() == null ? null : Timestamp.from(h.repliedAt()));
    }

    void posted(String id, long groupMessageId) {
        update("UPDATE handover SET group_message_id = ? WHERE id = ?", groupMessageId, id);
    }

    void failed(String id) {
        update("UPDATE handover SET status = ? WHERE id = ?", Handover.FAILED, id);
    }

    /** Stores an official's reply: kept with the others, and as the hand-over's latest. */
    void answered(String id, String reply, Instant at) {
        update("INSERT INTO handover_reply (handover_id, reply, replied_at) VALUES (?, ?, ?)", id, reply, Timestamp.from(at));
        update("UPDATE handover SET status = ?, reply = ?, replied_at = ? WHERE id = ?",
                Handover.ANSWERED, reply, Timestamp.from(at), id);
    }

    /** True for the one caller that moved it from open to timed out. */
    boolean timeOut(String id, Instant at) {
        return update("UPDATE handover SET status = ?, timed_out_at = ? WHERE id = ? AND status = ?",
                Handover.TIMED_OUT, Timestamp.from(at), id, Handover.OPEN) == 1;
    }

    /** Every reply to the hand-over, first first. */
    public List<OfficialReply> replies(String id) {
        return read("SELECT reply, replied_at FROM handover_reply WHERE handover_id = ? ORDER BY id",
                rs -> new OfficialReply(rs.getString(1), rs.getTimestamp(2).toInstant()), id);
    }

    /** When the citizen was told nobody answered in time; empty if never. */
    public Optional<Instant> timedOutAt(String id) {
        return read("SELECT timed_out_at FROM handover WHERE id = ? AND timed_out_at IS NOT NULL",
                rs -> rs.getTimestamp(1).toInstant(), id).stream().findFirst();
    }

    /** Reads one value per row. */
    @FunctionalInterface
    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> List<T> read(String sql, Row<T> row, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = prepare(c, sql, args);
             ResultSet rs = ps.executeQuery()) {
            List<T> found = new ArrayList<>();
            while (rs.next()) {
                found.add(row.read(rs));
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read hand-overs", e);
        }
    }

    public Optional<Handover> byId(String id) {
        return one("SELECT " + COLUMNS + " FROM handover WHERE id = ?", id).stream().findFirst();
    }

    Optional<Handover> byGroupMessage(long chatId, long messageId) {
        return one("SELECT " + COLUMNS + " FROM handover WHERE group_chat_id = ? AND group_message_id = ?", chatId, messageId)
                .stream().findFirst();
    }

    /** Open hand-overs made before the instant. */
    List<Handover> overdue(Instant before) {
        return one("SELECT " + COLUMNS + " FROM handover WHERE status = ? AND created_at < ? ORDER BY created_at",
                Handover.OPEN, Timestamp.from(before));
    }

    private int update(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = prepare(c, sql, args)) {
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write the hand-over", e);
        }
    }

    private List<Handover> one(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = prepare(c, sql, args);
             ResultSet rs = ps.executeQuery()) {
            List<Handover> found = new ArrayList<>();
            while (rs.next()) {
                long message = rs.getLong(8);
                Long groupMessage = rs.wasNull() ? null : message;
                Timestamp replied = rs.getTimestamp(12);
                found.add(new Handover(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getLong(7), groupMessage, rs.getString(9),
                        rs.getTimestamp(10).toInstant(), rs.getString(11), replied == null ? null : replied.toInstant()));
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read hand-overs", e);
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
        return ps;
    }
}
