package vn.troly.channels.chat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.troly.assistant.engine.Conversations;
import vn.troly.channels.durable.GroupCommit;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

/**
 * Conversation context in the database, so every replica (and a restarted one) continues the same conversation. Every
 * change, a new conversation or a value waiting for "có/không" included, is committed before the answer that offers it
 * is returned; group commit lets the conversations of a busy moment share one commit.
 */
@Singleton
public class StoredConversations implements Conversations.Store {

    private static final Logger LOG = LoggerFactory.getLogger(StoredConversations.class);
    /** A conversation untouched this long starts afresh. */
    private static final Duration KEEP = Duration.ofDays(7);

    private final DataSource dataSource;
    private final GroupCommit commits;
    private final ObjectMapper json;
    private final Clock clock;

    public StoredConversations(DataSource dataSource, GroupCommit commits, ObjectMapper json, Clock clock) {
        this.dataSource = dataSource;
        this.commits = commits;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public Conversations.State get(String id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT state FROM conversation_state WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? read(id, rs.getString(1)) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the conversation", e);
        }
    }

    private Conversations.State read(String id, String text) {
        try {
            return json.readValue(text, Conversations.State.class);
        } catch (JsonProcessingException e) {
            // a state written by an older version: start the conversation afresh rather than fail the question
            LOG.warn("unreadable conversation state {}: {}", id, e.getOriginalMessage());
            return null;
        }
    }

    @Override
    public void put(String id, Conversations.State state) {
        String text = text(state);
        Timestamp now = Timestamp.from(clock.instant());
        commits.submit(c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE conversation_state SET state = ?, updated_at = ? WHERE id = ?")) {
                update.setString(1, text);
                update.setTimestamp(2, now);
                update.setString(3, id);
                if (update.executeUpdate() == 1) {
                    return;
                }
            }
            insert(c, id, text, now);
        });
    }

    @Override
    public void create(String id, Conversations.State state) {
        String text = text(state);
        Timestamp now = Timestamp.from(clock.instant());
        commits.submit(c -> insert(c, id, text, now));
    }

    private String text(Conversations.State state) {
        try {
            return json.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store the conversation", e);
        }
    }

    private static void insert(Connection c, String id, String state, Timestamp now) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO conversation_state (id, state, updated_at) VALUES (?, ?, ?)")) {
            insert.setString(1, id);
            insert.setString(2, state);
            insert.setTimestamp(3, now);
            insert.executeUpdate();
        }
    }

    /** At start-up: a long-running replica also forgets them on its next restart, which is soon enough for a table this small. */
    @PostConstruct
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
