package vn.troly.channels.zalo;

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
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The token pair's one row. A refresh happens inside a transaction holding the row's lock, so a second replica waits
 * for the first and then finds the fresh pair instead of spending the same refresh token; the new pair is committed
 * before anyone uses it, so a crash right after a refresh does not lose the only refresh token that still works.
 */
final class ZaloTokenStore {

    private static final int ROW = 1;
    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;
    private final Clock clock;

    ZaloTokenStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /**
     * The stored pair if {@code good} accepts it, else the pair {@code exchange} makes from the stored refresh token,
     * stored first. The configured refresh token starts the row, and replaces it when the deployer configures another.
     */
    ZaloToken refreshUnlessGood(String configured, Predicate<ZaloToken> good, Function<String, ZaloToken> exchange) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                ZaloToken stored = lockedRow(c, configured);
                if (good.test(stored)) {
                    c.commit();
                    return stored;
                }
                ZaloToken fresh = exchange.apply(stored.refresh());
                save(c, fresh, configured);
                c.commit();
                return fresh;
            } catch (RuntimeException | SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read or store the Zalo token pair", e);
        }
    }

    private ZaloToken lockedRow(Connection c, String configured) throws SQLException {
        String hash = hash(configured);
        insertIfMissing(c, configured, hash);
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT access_token, refresh_token, expires_at, configured_hash FROM zalo_token WHERE id = ? FOR UPDATE")) {
            ps.setInt(1, ROW);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (!hash.equals(rs.getString(4))) {
                    // the deployer authorised the OA again and configured its new refresh token
                    return new ZaloToken(null, configured, null);
                }
                Timestamp expires = rs.getTimestamp(3);
                return new ZaloToken(rs.getString(1), rs.getString(2), expires == null ? null : expires.toInstant());
            }
        }
    }

    private void insertIfMissing(Connection c, String configured, String hash) throws SQLException {
        try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM zalo_token WHERE id = ?")) {
            exists.setInt(1, ROW);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO zalo_token (id, refresh_token, configured_hash, updated_at) VALUES (?, ?, ?, ?)")) {
            ps.setInt(1, ROW);
            ps.setString(2, configured);
            ps.setString(3, hash);
            ps.setTimestamp(4, Timestamp.from(clock.instant()));
            ps.executeUpdate();
            c.commit();
        } catch (SQLException e) {
            // another replica inserted it first: its row is locked and read below like any other
            c.rollback();
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    private void save(Connection c, ZaloToken token, String configured) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE zalo_token SET access_token = ?, refresh_token = ?,"
                + " expires_at = ?, configured_hash = ?, updated_at = ? WHERE id = ?")) {
            ps.setString(1, token.access());
            ps.setString(2, token.refresh());
            ps.setTimestamp(3, Timestamp.from(token.expiresAt()));
            ps.setString(4, hash(configured));
            ps.setTimestamp(5, Timestamp.from(clock.instant()));
            ps.setInt(6, ROW);
            ps.executeUpdate();
        }
    }

    /** Only a digest of the configured token is kept beside the row: enough to notice that it changed. */
    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
