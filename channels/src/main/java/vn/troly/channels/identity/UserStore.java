package vn.troly.channels.identity;

import vn.troly.assistant.answer.Role;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** Registered users in the database; API tokens are stored only as hashes and shown once, when issued. */
public final class UserStore {

    /** A new user and the token that signs them in, which nobody can read back later. */
    public record Issued(User user, String token) {
    }

    private static final String COLUMNS = "id, name, role, agency_id, commune_id, telegram_user_id, active, created_at";

    private final DataSource dataSource;
    private final SecureRandom random = new SecureRandom();

    public UserStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Issued create(String name, Role role, String agencyId, String communeId, Long telegramUserId) {
        byte[] secret = new byte[24];
        random.nextBytes(secret);
        String token = "tlx_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String id = "u-" + HexFormat.of().formatHex(secret, 0, 5);
        User user = new User(id, name, role, agencyId, communeId, telegramUserId, true, Instant.now());
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO app_user (" + COLUMNS + ", token_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, id);
            ps.setString(2, name);
            ps.setString(3, role.name());
            ps.setString(4, agencyId);
            ps.setString(5, communeId);
            if (telegramUserId == null) {
                ps.setNull(6, Types.BIGINT);
            } else {
                ps.setLong(6, telegramUserId);
            }
            ps.setBoolean(7, true);
            ps.setTimestamp(8, Timestamp.from(user.createdAt()));
            ps.setString(9, hash(token));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store the user", e);
        }
        return new Issued(user, token);
    }

    public Optional<User> byToken(String token) {
        return one("token_hash = ? AND active", ps -> ps.setString(1, hash(token)));
    }

    public Optional<User> byTelegram(long telegramUserId) {
        return one("telegram_user_id = ? AND active", ps -> ps.setLong(1, telegramUserId));
    }

    public Optional<User> byId(String id) {
        return one("id = ?", ps -> ps.setString(1, id));
    }

    /** Active users, oldest first. */
    public List<User> active() {
        return query("active ORDER BY created_at, id", ps -> { });
    }

    /** Signs a user out for good; the row stays so the audit trail keeps naming them. */
    public boolean deactivate(String id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE app_user SET active = FALSE WHERE id = ? AND active")) {
            ps.setString(1, id);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot deactivate the user", e);
        }
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private Optional<User> one(String where, Binder binder) {
        return query(where, binder).stream().findFirst();
    }

    private List<User> query(String where, Binder binder) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM app_user WHERE " + where)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                List<User> users = new ArrayList<>();
                while (rs.next()) {
                    long telegram = rs.getLong(6);
                    users.add(new User(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3)), rs.getString(4),
                            rs.getString(5), rs.wasNull() ? null : telegram, rs.getBoolean(7), rs.getTimestamp(8).toInstant()));
                }
                return users;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read users", e);
        }
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
