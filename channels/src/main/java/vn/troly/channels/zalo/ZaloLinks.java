package vn.troly.channels.zalo;

import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Which registered user a Zalo user id speaks for, as an admin linked them; one Zalo id per user and back. */
@Singleton
public class ZaloLinks {

    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;

    public ZaloLinks(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Links the Zalo id to the user, replacing the user's earlier link; false when the id is another user's. */
    public boolean link(String userId, String zaloUserId) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM zalo_link WHERE user_id = ?");
                 PreparedStatement insert = c.prepareStatement("INSERT INTO zalo_link (zalo_user_id, user_id) VALUES (?, ?)")) {
                delete.setString(1, userId);
                delete.executeUpdate();
                insert.setString(1, zaloUserId);
                insert.setString(2, userId);
                insert.executeUpdate();
                c.commit();
                return true;
            } catch (SQLException e) {
                c.rollback();
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    return false;
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot link the Zalo account", e);
        }
    }

    public boolean unlink(String userId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("DELETE FROM zalo_link WHERE user_id = ?")) {
            ps.setString(1, userId);
            return ps.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot unlink the Zalo account", e);
        }
    }

    public Optional<String> userFor(String zaloUserId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT user_id FROM zalo_link WHERE zalo_user_id = ?")) {
            ps.setString(1, zaloUserId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read Zalo links", e);
        }
    }
}
