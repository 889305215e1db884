package vn.troly.knowledge.values;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Which chats receive reminders: an agency's chat for its indicators, or a leader's chat for the summary. */
public final class Subscriptions {

    /** One subscribed chat; agencyId null means a leader. */
    public record Subscription(String channel, String chatId, String communeId, String agencyId) {
        public boolean leader() {
            return agencyId == null;
        }
    }

    private final DataSource dataSource;

    public Subscriptions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Subscribes a chat; subscribing twice changes nothing. */
    public void add(Subscription s) {
        if (all().contains(s)) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO chat_subscription (channel, chat_id, commune_id, agency_id, created_at) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, s.channel());
            ps.setString(2, s.chatId());
            ps.setString(3, s.communeId());
            ps.setString(4, s.agencyId());
            ps.setTimestamp(5, Timestamp.from(Instant.now()));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store the subscription", e);
        }
    }

    public List<Subscription> all() {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT channel, chat_id, commune_id, agency_id FROM chat_subscription ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            List<Subscription> list = new ArrayList<>();
            while (rs.next()) {
                list.add(new Subscription(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
            }
            return list;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read subscriptions", e);
        }
    }
}
