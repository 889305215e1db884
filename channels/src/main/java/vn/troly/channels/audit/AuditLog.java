package vn.troly.channels.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.troly.channels.durable.GroupCommit;
import vn.troly.knowledge.text.SafeText;

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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The append-only audit trail in the database; every detail is masked when its event is made. A caller returns only once
 * its rows are committed (group commit shares that commit with whoever writes at the same moment), so an answered
 * question or an acknowledged value is in the trail even if the process is killed right after. A row the database
 * refuses never takes its neighbours with it: the rows are retried one by one, and one that still fails leaves an
 * {@code audit_write_failed} row with the reason.
 */
public final class AuditLog {

    /** What an admin asks of the trail; null fields do not filter. */
    public record Query(Instant from, Instant to, String userId, String kind, int limit) {
    }

    public static final String WRITE_FAILED = "audit_write_failed";

    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);
    private static final int MAX_REASON = 500;
    private static final String INSERT =
            "INSERT INTO audit_event (at, user_id, role, channel, commune_id, kind, detail) VALUES (?, ?, ?, ?, ?, ?, ?)";

    private final GroupCommit commits;
    private final DataSource dataSource;
    private final Clock clock;

    public AuditLog(GroupCommit commits, DataSource dataSource, Clock clock) {
        this.commits = commits;
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Writes the events stamped now and returns once they are committed. */
    public void record(List<AuditEvent> events) {
        try {
            recordAsync(events).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /**
     * Writes the events stamped now; completes once they are committed, so whoever waits for it acknowledges nothing
     * before its trail is durable, without holding a thread meanwhile. A batch the database refuses is written again
     * event by event, and an event still refused leaves an {@link #WRITE_FAILED} row; only when even that fails does
     * it fail.
     */
    public CompletableFuture<Void> recordAsync(List<AuditEvent> events) {
        if (events.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        Instant now = clock.instant();
        List<AuditEvent> stamped = events.stream()
                .map(e -> new AuditEvent(0, e.at() == null ? now : e.at(), e.userId(), e.role(), e.channel(), e.communeId(),
                        e.kind(), e.detail()))
                .toList();
        return commits.submitAsync(c -> insert(c, stamped)).exceptionallyCompose(batch -> {
            if (stamped.size() == 1) {
                return recordFailure(stamped.get(0), cause(batch));
            }
            // one after the other, so a refused event's failure row stands in its place between its neighbours
            CompletableFuture<Void> each = CompletableFuture.completedFuture(null);
            for (AuditEvent e : stamped) {
                each = each.thenCompose(v -> commits.submitAsync(c -> insert(c, List.of(e)))
                        .exceptionallyCompose(alone -> recordFailure(e, cause(alone))));
            }
            return each;
        });
    }

    private static Throwable cause(Throwable e) {
        return e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
    }

    /** The row the database refused, reduced to what always fits: who, where, which kind and why. */
    private CompletableFuture<Void> recordFailure(AuditEvent refused, Throwable reason) {
        LOG.warn("an audit event ({}) could not be written: {}", refused.kind(), reason.getMessage());
        // the event's own fields are already cleaned and cut to their columns; the reason is the database's words
        String why = refused.kind() + ": " + SafeText.clean(rootMessage(reason), MAX_REASON, false);
        AuditEvent minimal = new AuditEvent(0, refused.at(), refused.userId(), refused.role(), refused.channel(),
                refused.communeId(), WRITE_FAILED, why);
        // if even this is refused the database is away: the caller fails rather than answer without a trail
        return commits.submitAsync(c -> insert(c, List.of(minimal)));
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }

    private static void insert(Connection c, List<AuditEvent> events) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            // every field was masked, cleaned and cut to its column when the event was made (AuditEvent)
            for (AuditEvent e : events) {
                ps.setTimestamp(1, Timestamp.from(e.at()));
                ps.setString(2, e.userId());
                ps.setString(3, e.role());
                ps.setString(4, e.channel());
                ps.setString(5, e.communeId());
                ps.setString(6, e.kind());
                ps.setString(7, e.detail());
                ps.addBatch();
            }
            ps.executeBatch();
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
