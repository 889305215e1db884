package vn.troly.channels.migrate;

import io.micronaut.context.annotation.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.troly.channels.plans.SharedPlans;
import vn.troly.knowledge.library.LegacyIds;
import vn.troly.knowledge.library.PlanLibrary;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rewrites the commune and row ids stored before every commune's id carried its province ("vinh-tru" →
 * "ninh-binh/vinh-tru", "vinh-tru.pl1.2-1" → "ninh-binh.vinh-tru.pl1.2-1"), once, at start-up, after the plans (the
 * shared uploads included) are loaded: what each old id stands for depends on them ({@link LegacyIds}).
 *
 * <p>The rewrite holds the lock on its {@code data_migration} row, so of several replicas starting over one database
 * one rewrites and the others, waiting, then find its fingerprint and skip. The fingerprint is of the old ids and what
 * they stand for: a later start with the same plans skips, one where a plan brought another commune's old id in
 * rewrites again. Every rewrite maps old ids only, so running it again changes nothing.
 */
@Context
public class CommuneIdMigration {

    static final String NAME = "commune-ids";
    private static final Logger LOG = LoggerFactory.getLogger(CommuneIdMigration.class);

    private final DataSource dataSource;
    private final PlanLibrary library;
    private final StoredIds stored;
    private final Clock clock;

    /** @param shared only to be built after it: the plans other replicas uploaded are loaded by then */
    public CommuneIdMigration(DataSource dataSource, PlanLibrary library, StoredIds stored, Clock clock, SharedPlans shared) {
        this.dataSource = dataSource;
        this.library = library;
        this.stored = stored;
        this.clock = clock;
        try {
            run();
        } catch (IllegalStateException e) {
            // nothing was changed (one transaction); the next start tries again, and until then old ids still resolve
            // where users type them
            LOG.error("stored commune ids not rewritten", e);
        }
    }

    /** Rewrites what is stored under old ids, unless this mapping was applied already; true when it rewrote. */
    public final boolean run() {
        LegacyIds ids = library.legacyIds();
        String fingerprint = fingerprint(ids.communes());
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                if (fingerprint.equals(lock(c))) {
                    c.commit();
                    return false;
                }
                StoredIds.Counts counts = ids.isEmpty() ? StoredIds.Counts.NONE : stored.rewrite(c, ids);
                try (PreparedStatement done = c.prepareStatement(
                        "UPDATE data_migration SET fingerprint = ?, done_at = ? WHERE name = ?")) {
                    done.setString(1, fingerprint);
                    done.setTimestamp(2, Timestamp.from(clock.instant()));
                    done.setString(3, NAME);
                    done.executeUpdate();
                }
                c.commit();
                LOG.info("commune ids with their province: {}", counts);
                return true;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot rewrite the stored commune ids", e);
        }
    }

    /** Waits for the rewrite's row (another replica may hold it) and reads the fingerprint applied last. */
    private static String lock(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT fingerprint FROM data_migration WHERE name = ? FOR UPDATE")) {
            ps.setString(1, NAME);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("data_migration has no row " + NAME);
                }
                String applied = rs.getString(1);
                return applied == null ? "" : applied;
            }
        }
    }

    private static String fingerprint(Map<String, String> communes) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            new TreeMap<>(communes).forEach((old, now) -> digest.update((old + "=" + now + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
