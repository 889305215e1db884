package vn.troly.channels.chat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.troly.assistant.engine.Conversations;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

/** Conversation context in the database, so every replica (and a restarted one) continues the same conversation. */
@Singleton
public class StoredConversations implements Conversations.Store {

    private static final Logger LOG = LoggerFactory.getLogger(StoredConversations.class);
    /** A conversation untouched this long starts afresh. */
    private static final Duration KEEP = Duration.ofDays(7);

    private final DataSource dataSource;
    private final ObjectMapper json;
    private final Clock clock;

    public StoredConversations(DataSource dataSource, ObjectMapper json, Clock clock) {
        this.dataSource = dataSource;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public Conversations.State get(String id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT state FROM conversation_state WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? json.readValue(rs.getString(1), Conversations.State.class) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the conversation", e);
        } catch (JsonProcessingException e) {
            // a state written by an older version: start the conversation afresh rather than fail the question
            LOG.warn("unreadable conversation state {}: {}", id, e.getOriginalMessage());
            return null;
        }
    }

    @Override
    public void put(String id, Conversations.State state) {
        try (Connection c = dataSource.getConnection()) {
            String text = json.writeValueAsString(state);
            Timestamp now = Timestamp.from(clock.instant());
            try (PreparedStatement update = c.prepareStatement("UPDATE conversation_state SET state = ?, updated_at = ? WHERE id = ?")) {
                update.setString(1, text);
                update.setTimestamp(2, now);
                update.setString(3, id);
                if (update.executeUpdate() == 1) {
                    return;
                }
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO conversation_state (id, state, updated_at) VALUES (?, ?, ?)")) {
                insert.setString(1, id);
                insert.setString(2, text);
                insert.setTimestamp(3, now);
                insert.executeUpdate();
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("cannot store the conversation", e);
        }
    }

    /** At start-up: a long-running replica also forgets them on its next restart, which is soon enough for a table this small. */
    @jakarta.annotation.PostConstruct
    void forgetOldConversations() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("DELETE FROM conversation_state WHERE updated_at < ?")) {
            ps.setTimestamp(1, Timestamp.from(clock.instant().minus(KEEP)));
            ps.executeUpdate();
        } catch (SQLException e) {
            LOG.warn("cannot forget old conversations: {}", e.getMessage());
        }
    }
}
