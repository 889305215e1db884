package vn.troly.channels.chat;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.troly.assistant.engine.Conversations;
import vn.troly.assistant.understand.Intent;
import vn.troly.channels.support.Databases;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** New conversations are written behind in batches; a change to one is written at once and never overwritten. */
class StoredConversationsTest {

    @TempDir
    Path data;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void writesNewConversationsBehindWithoutLosingLaterChanges(String database) throws Exception {
        Map<String, Object> properties = new HashMap<>(Databases.properties(database));
        properties.put("assistant.data-dir", data.toString());
        try (ApplicationContext context = ApplicationContext.run(properties)) {
            StoredConversations store = context.getBean(StoredConversations.class);
            DataSource db = context.getBean(DataSource.class);
            Conversations.State first = new Conversations.State("vinh-tru", Intent.LEAD, "phu song 5g", "vinh-tru.pl1.i.2-1", null, List.of());
            Conversations.State second = new Conversations.State("vinh-tru", Intent.DEADLINE, "phu song 5g", "vinh-tru.pl1.i.2-1", null, List.of());

            store.create("a", first);
            assertEquals(first, store.get("a"), "this replica answers a follow-up before the batch is written");
            store.create("b", first);
            store.put("b", second);
            store.flush();
            assertEquals("LEAD", intentInDatabase(db, "a"));
            assertEquals("DEADLINE", intentInDatabase(db, "b"), "the batch does not write the older state over the newer");
            assertEquals(second, store.get("b"));
            assertNull(store.get("nobody"));

            // a question waiting for its commune, read back from the database as written; a state written before
            // candidates had a kind reads as offering rows
            Conversations.State waiting = new Conversations.State(null, Intent.LEAD, "5g", null, null,
                    List.of("binh-giang", "vinh-tru"), "commune", "Ai chủ trì chỉ tiêu 5G?");
            store.put("w", waiting);
            assertEquals(waiting, store.get("w"));
            try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO conversation_state (id, state, updated_at) VALUES ('old', ?, CURRENT_TIMESTAMP)")) {
                ps.setString(1, "{\"communeId\":\"vinh-tru\",\"intent\":\"LEAD\",\"topic\":\"x\",\"indicatorId\":null,"
                        + "\"pendingValue\":null,\"candidateIds\":[\"a\",\"b\"]}");
                ps.executeUpdate();
            }
            assertEquals("row", store.get("old").candidateKind());
            assertNull(store.get("old").pendingQuestion());

            store.create("c", first);
            store.close();
            assertEquals("LEAD", intentInDatabase(db, "c"), "what is queued is written when the app stops");
        }
    }

    private static String intentInDatabase(DataSource db, String id) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT state FROM conversation_state WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1).replaceAll("(?s).*\"intent\"\\s*:\\s*\"([A-Z_]+)\".*", "$1") : null;
            }
        }
    }
}
