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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Every conversation change is in the database when the call returns, and a later change is never overwritten. */
class StoredConversationsTest {

    @TempDir
    Path data;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void writesEveryConversationBeforeReturning(String database) throws Exception {
        Map<String, Object> properties = new HashMap<>(Databases.properties(database));
        properties.put("assistant.data-dir", data.toString());
        try (ApplicationContext context = ApplicationContext.run(properties)) {
            StoredConversations store = context.getBean(StoredConversations.class);
            DataSource db = context.getBean(DataSource.class);
            Conversations.State first = new Conversations.State("vinh-tru", Intent.LEAD, "phu song 5g", "vinh-tru.pl1.i.2-1", null, List.of());
            Conversations.State second = new Conversations.State("vinh-tru", Intent.DEADLINE, "phu song 5g", "vinh-tru.pl1.i.2-1", null, List.of());

            store.create("a", first);
            assertEquals("LEAD", intentInDatabase(db, "a"), "a new conversation is written before create returns");
            assertEquals(first, store.get("a"));
            store.create("b", first);
            store.put("b", second);
            assertEquals("DEADLINE", intentInDatabase(db, "b"), "the newer state is the one kept");
            assertEquals(second, store.get("b"));
            assertNull(store.get("nobody"));

            // many at once share commits, and each is there when its own call returns
            ExecutorService callers = Executors.newFixedThreadPool(16);
            try {
                List<Future<String>> written = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    String id = "many-" + i;
                    written.add(callers.submit(() -> {
                        store.create(id, first);
                        return intentInDatabase(db, id);
                    }));
                }
                for (Future<String> f : written) {
                    assertEquals("LEAD", f.get());
                }
            } finally {
                callers.shutdown();
            }

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
