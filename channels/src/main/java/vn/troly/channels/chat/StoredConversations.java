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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import vn.troly.channels.config.DaemonThreads;

/**
 * Conversation context in the database, so every replica (and a restarted one) continues the same conversation. New
 * conversations are written behind, in batches every 100 ms (a busy replica starts thousands a second); until then this
 * replica answers their follow-ups from memory. Changes to an existing conversation are written at once.
 */
@Singleton
public class StoredConversations implements Conversations.Store, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StoredConversations.class);
    /** A conversation untouched this long starts afresh. */
    private static final Duration KEEP = Duration.ofDays(7);

    private final DataSource dataSource;
    private final ObjectMapper json;
    private final Clock clock;
    /** New conversations not yet written: id → state JSON. */
    private final Map<String, String> unwritten = new ConcurrentHashMap<>();
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("conversation-writer"));

    public StoredConversations(DataSource dataSource, ObjectMapper json, Clock clock) {
        this.dataSource = dataSource;
        this.json = json;
        this.clock = clock;
        writer.scheduleWithFixedDelay(this::flush, 100, 100, TimeUnit.MILLISECONDS);
    }

    @Override
    public Conversations.State get(String id) {
        String pending = unwritten.get(id);
        if (pending != null) {
            return read(id, pending);
        }
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
        // written now, so the batch must not write the older state after it
        unwritten.remove(id);
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
            insert(c, id, text, now);
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("cannot store the conversation", e);
        }
    }

    @Override
    public void create(String id, Conversations.State state) {
        try {
            unwritten.put(id, json.writeValueAsString(state));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store the conversation", e);
        }
    }

    /** Writes the new conversations created since the last time, in one batch. */
    void flush() {
        List<Map.Entry<String, String>> batch = new ArrayList<>();
        for (String id : List.copyOf(unwritten.keySet())) {
            String state = unwritten.get(id);
            if (state != null) {
                batch.add(Map.entry(id, state));
            }
        }
        if (batch.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO conversation_state (id, state, updated_at) VALUES (?, ?, ?)")) {
            for (Map.Entry<String, String> e : batch) {
                insert.setString(1, e.getKey());
                insert.setString(2, e.getValue());
                insert.setTimestamp(3, now);
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            // a follow-up wrote one of them meanwhile (or the database is away): keep them for the next round
            LOG.debug("conversation batch not written: {}", e.getMessage());
            batch.forEach(b -> {
                if (unwritten.get(b.getKey()) != null) {
                    retryOne(b.getKey(), b.getValue(), now);
                }
            });
            return;
        }
        batch.forEach(b -> unwritten.remove(b.getKey(), b.getValue()));
    }

    private void retryOne(String id, String state, Timestamp now) {
        try (Connection c = dataSource.getConnection()) {
            try {
                insert(c, id, state, now);
            } catch (SQLException duplicate) {
                // written already: by the failed batch before it stopped, or by a follow-up
                try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM conversation_state WHERE id = ?")) {
                    ps.setString(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) {
                            throw duplicate;
                        }
                    }
                }
            }
            unwritten.remove(id, state);
        } catch (SQLException e) {
            LOG.warn("conversation {} not written yet, will retry: {}", id, e.getMessage());
        }
    }

    @Override
    public void close() {
        writer.shutdown();
        flush();
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
