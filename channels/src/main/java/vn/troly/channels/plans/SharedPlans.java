package vn.troly.channels.plans;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.troly.knowledge.library.PlanLibrary;
import vn.troly.knowledge.plan.PlanParseException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import vn.troly.channels.config.DaemonThreads;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.sql.Statement;

/**
 * Uploaded plans kept in the shared database: each replica has its own search index, and picks up the plans another
 * replica accepted (at start-up and then every {@code assistant.plan-sync-interval}).
 */
@Context
public class SharedPlans {

    private static final Logger LOG = LoggerFactory.getLogger(SharedPlans.class);

    private final DataSource dataSource;
    private final PlanLibrary library;
    private final Clock clock;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("plan-sync"));
    /** The last upload this process has ingested. */
    private long seen;

    public SharedPlans(DataSource dataSource, PlanLibrary library, Clock clock,
                       @Value("${assistant.plan-sync-interval:30s}") Duration interval) {
        this.dataSource = dataSource;
        this.library = library;
        this.clock = clock;
        sync();
        long every = Math.max(1, interval.toMillis());
        executor.scheduleWithFixedDelay(this::sync, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * Records a plan the library has just accepted, and marks it seen here.
     *
     * @param province the province given on upload, or null
     */
    public synchronized void add(String fileName, byte[] content, String uploadedBy, String province) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO plan_upload (file_name, content, uploaded_by, uploaded_at, province) VALUES (?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, fileName);
            ps.setBytes(2, content);
            ps.setString(3, uploadedBy);
            ps.setTimestamp(4, Timestamp.from(clock.instant()));
            ps.setString(5, province == null || province.isBlank() ? null : province.strip());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (keys.next() && keys.getLong(1) == seen + 1) {
                    seen = keys.getLong(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot share the uploaded plan", e);
        }
    }

    synchronized void sync() {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT id, file_name, content, province FROM plan_upload WHERE id > ? ORDER BY id")) {
            ps.setLong(1, seen);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String name = rs.getString(2);
                    byte[] content = rs.getBytes(3);
                    try {
                        // this replica's own uploads are in its data folder, loaded at start already
                        if (!library.holds(name, content, rs.getString(4))) {
                            library.ingest(name, content, rs.getString(4));
                            LOG.info("ingested shared plan {}", name);
                        }
                    } catch (PlanParseException e) {
                        LOG.warn("shared plan {} no longer parses: {}", name, e.getMessage());
                    }
                    seen = rs.getLong(1);
                }
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warn("cannot read shared plans, will retry: {}", e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
