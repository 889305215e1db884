package vn.troly.channels.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.troly.channels.config.DaemonThreads;
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
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The append-only audit trail in the database; every detail is masked before it is written. Value changes are written
 * at once; questions and answers are queued and written in batches by one thread (every 200 ms), so answering never
 * waits for the trail. Reading the trail writes what is queued first.
 */
public final class AuditLog implements AutoCloseable {

    /** What an admin asks of the trail; null fields do not filter. */
    public record Query(Instant from, Instant to, String userId, String kind, int limit) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);
    private static final int MAX_DETAIL = 8000;
    private static final int MAX_QUEUED = 50_000;

    private final DataSource dataSource;
    private final Clock clock;
    private final BlockingQueue<AuditEvent> queued = new LinkedBlockingQueue<>(MAX_QUEUED);
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("audit-writer"));

    public AuditLog(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
        writer.scheduleWithFixedDelay(this::flush, 200, 200, TimeUnit.MILLISECONDS);
    }

    /** Queues events stamped now; when the queue is full (the database is down or slow) the caller writes them itself. */
    public void enqueue(List<AuditEvent> events) {
        Instant now = clock.instant();
        for (AuditEvent e : events) {
            AuditEvent stamped = new AuditEvent(0, now, e.userId(), e.role(), e.channel(), e.communeId(), e.kind(), e.detail());
            if (!queued.offer(stamped)) {
                recordAll(List.of(stamped));
            }
        }
    }

    /** Writes what is queued. */
    public synchronized void flush() {
        List<AuditEvent> batch = new ArrayList<>();
        queued.drainTo(batch);
        if (batch.isEmpty()) {
            return;
        }
        try {
            recordAll(batch);
        } catch (RuntimeException e) {
            LOG.error("{} audit events could not be written: {}", batch.size(), e.getMessage());
        }
    }

    @Override
    public void close() {
        writer.shutdown();
        flush();
    }

    /** Writes events now, in one batch. */
    public void recordAll(List<AuditEvent> events) {
        Timestamp now = Timestamp.from(clock.instant());
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO audit_event (at, user_id, role, channel, commune_id, kind, detail) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (AuditEvent e : events) {
                String detail = PersonalData.mask(e.detail() == null ? "" : e.detail());
                ps.setTimestamp(1, e.at() == null ? now : Timestamp.from(e.at()));
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
        flush();
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
