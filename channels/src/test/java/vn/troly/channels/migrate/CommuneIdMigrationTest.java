package vn.troly.channels.migrate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.troly.assistant.engine.Conversations;
import vn.troly.assistant.understand.Intent;
import vn.troly.channels.handover.HandoverStore;
import vn.troly.channels.support.Databases;
import vn.troly.channels.telegram.ChatCommunes;
import vn.troly.knowledge.library.PlanLibrary;
import vn.troly.knowledge.values.Subscriptions;

import javax.sql.DataSource;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Data written while commune ids were bare ("vinh-tru", rows "vinh-tru.pl1.…"), on H2 and on PostgreSQL: the first
 * start after the upgrade rewrites it to the ids with the province, and it still works; a second run changes nothing,
 * and two replicas starting at once rewrite it once. A second Vĩnh Trụ (Đồng Nai) is loaded too: the bare id it now
 * shares stood for the sample plan's (Ninh Bình), loaded first, which held it then.
 */
class CommuneIdMigrationTest {

    private static final String ADMIN = "bi-mat-quan-tri";
    private static final String LEADER_TOKEN = "tlx_lanh-dao-vinh-tru";
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path data;
    @TempDir
    Path corpus;

    private Map<String, Object> properties(Map<String, Object> database) throws Exception {
        String vinhTru;
        try (InputStream in = getClass().getResourceAsStream("/corpus/vinh-tru.txt")) {
            vinhTru = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Files.writeString(corpus.resolve("vinh-tru-dong-nai.txt"), vinhTru.replace("Ninh Bình", "Đồng Nai"), StandardCharsets.UTF_8);
        Map<String, Object> properties = new HashMap<>(database);
        properties.put("assistant.data-dir", data.toString());
        properties.put("assistant.corpus-dir", corpus.toString());
        properties.put("assistant.admin-token", ADMIN);
        properties.put("micronaut.server.port", "-1");
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void oldIdsAreRewrittenOnceAndStillWork(String kind) throws Exception {
        Map<String, Object> properties = properties(Databases.properties(kind));
        String vinhTruRow;
        String phuTrungRow;
        try (ApplicationContext before = ApplicationContext.run(properties)) {
            PlanLibrary library = before.getBean(PlanLibrary.class);
            vinhTruRow = library.indicators("ninh-binh/vinh-tru").stream().filter(i -> i.name().contains("5G")).findFirst().orElseThrow().id();
            phuTrungRow = library.indicators("dong-nai/phu-trung").get(0).id();
            writeAsBefore(before.getBean(DataSource.class), bare(vinhTruRow), bare(phuTrungRow));
        }
        assertTrue(vinhTruRow.startsWith("ninh-binh.vinh-tru."), vinhTruRow);

        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties);
             HttpClient http = HttpClient.create(server.getURL())) {
            ApplicationContext context = server.getApplicationContext();
            DataSource db = context.getBean(DataSource.class);

            assertEquals(List.of("ninh-binh/vinh-tru", "ninh-binh/vinh-tru", "dong-nai/phu-trung"),
                    column(db, "SELECT commune_id FROM indicator_value ORDER BY id"));
            assertEquals(List.of(vinhTruRow, vinhTruRow, phuTrungRow), column(db, "SELECT indicator_id FROM indicator_value ORDER BY id"));
            assertEquals(List.of("ninh-binh/vinh-tru"), column(db, "SELECT commune_id FROM app_user"));
            assertEquals(List.of("ninh-binh/vinh-tru"), column(db, "SELECT commune_id FROM handover"));
            assertEquals(List.of("ninh-binh/vinh-tru"), column(db, "SELECT commune_id FROM audit_event WHERE detail = 'cũ'"));
            // subscribed under the old id and again under the new one: one subscription
            assertEquals(List.of("telegram:-1001:dong-nai/phu-trung:cong-an-xa", "telegram:-1001:ninh-binh/vinh-tru:null"),
                    context.getBean(Subscriptions.class).all().stream()
                            .map(s -> s.channel() + ":" + s.chatId() + ":" + s.communeId() + ":" + s.agencyId()).sorted().toList());

            Conversations.Store conversations = context.getBean(Conversations.Store.class);
            Conversations.State talk = conversations.get("cu-1");
            assertEquals("ninh-binh/vinh-tru", talk.communeId());
            assertEquals(vinhTruRow, talk.indicatorId());
            assertEquals(List.of(vinhTruRow, phuTrungRow), talk.candidateIds());
            assertEquals("dong-nai/phu-trung", context.getBean(ChatCommunes.class).get(42).orElseThrow());
            assertEquals("ninh-binh/vinh-tru", context.getBean(HandoverStore.class).byId("7d0c3b0e-0000-4000-8000-000000000001")
                    .orElseThrow().communeId());

            // and they work: the leader reads their commune's summary by either id, the values are there
            JsonNode summary = json.readTree(http.toBlocking().retrieve(HttpRequest.GET("/api/communes/ninh-binh%2Fvinh-tru/summary")
                    .bearerAuth(LEADER_TOKEN)));
            assertEquals(1, summary.get("counts").get("not_met").asInt(), summary.toString());
            // the bare id two provinces share now is refused with the ids to choose from, never guessed
            HttpClientResponseException ambiguous = assertThrows(HttpClientResponseException.class, () -> http.toBlocking()
                    .retrieve(HttpRequest.GET("/api/communes/vinh-tru/summary").bearerAuth(LEADER_TOKEN)));
            assertEquals(HttpStatus.CONFLICT, ambiguous.getStatus());
            assertEquals("{\"error\":\"ambiguous_commune\",\"message\":\"Có nhiều xã tên Vĩnh Trụ, thuộc: Đồng Nai, Ninh Bình. Hãy dùng"
                    + " mã xã kèm tên tỉnh, thành phố: dong-nai/vinh-tru, ninh-binh/vinh-tru.\"}", ambiguous.getResponse().getBody(String.class).orElseThrow());
            JsonNode history = json.readTree(http.toBlocking().retrieve(HttpRequest.GET("/api/indicators/" + vinhTruRow + "/values").bearerAuth(ADMIN)));
            assertEquals(2, history.get("history").size(), history.toString());
            // Phú Trung's name is unique: its old row id is an alias of the new one
            JsonNode old = json.readTree(http.toBlocking().retrieve(HttpRequest.GET("/api/indicators/" + bare(phuTrungRow) + "/values").bearerAuth(ADMIN)));
            assertEquals(phuTrungRow, old.get("indicatorId").asText());
            assertEquals(1, old.get("history").size());
            // the shared name's old row id is not guessed
            HttpClientResponseException shared = assertThrows(HttpClientResponseException.class, () -> http.toBlocking()
                    .retrieve(HttpRequest.GET("/api/indicators/" + bare(vinhTruRow) + "/values").bearerAuth(ADMIN)));
            assertEquals(HttpStatus.NOT_FOUND, shared.getStatus());
            // the conversation goes on in the commune it was about
            JsonNode followUp = json.readTree(http.toBlocking().retrieve(HttpRequest.POST("/api/chat",
                    "{\"text\": \"còn hạn thì sao?\", \"conversationId\": \"cu-1\"}")));
            assertEquals("ninh-binh/vinh-tru", followUp.get("commune").get("id").asText(), followUp.toString());

            // once applied, a restart (or a second run) skips; forced to run again, it finds nothing old
            CommuneIdMigration migration = context.getBean(CommuneIdMigration.class);
            assertFalse(migration.run());
            List<List<String>> after = snapshot(db);
            forget(db);
            assertTrue(migration.run());
            assertEquals(after, snapshot(db));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void replicasStartingTogetherRewriteOnce(String kind) throws Exception {
        Map<String, Object> properties = properties(Databases.properties(kind));
        try (ApplicationContext context = ApplicationContext.run(properties)) {
            CommuneIdMigration migration = context.getBean(CommuneIdMigration.class);
            DataSource db = context.getBean(DataSource.class);
            for (int round = 0; round < 3; round++) {
                forget(db);
                ExecutorService replicas = Executors.newFixedThreadPool(4);
                try {
                    List<Future<Boolean>> runs = new ArrayList<>();
                    for (int i = 0; i < 4; i++) {
                        runs.add(replicas.submit((Callable<Boolean>) migration::run));
                    }
                    int rewrote = 0;
                    for (Future<Boolean> run : runs) {
                        rewrote += run.get() ? 1 : 0;
                    }
                    assertEquals(1, rewrote, "one replica rewrites, the others wait for it and skip");
                } finally {
                    replicas.shutdown();
                }
            }
        }
    }

    /** "ninh-binh.vinh-tru.pl1.2-1" → "vinh-tru.pl1.2-1": the id the row had while commune ids were bare. */
    private static String bare(String rowId) {
        return rowId.substring(rowId.indexOf('.') + 1);
    }

    /** What the service stored before the upgrade, and its rewrite not yet done. */
    private void writeAsBefore(DataSource db, String vinhTruRow, String phuTrungRow) throws Exception {
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = db.getConnection()) {
            for (String[] v : List.of(new String[]{vinhTruRow, "vinh-tru", "60"}, new String[]{vinhTruRow, "vinh-tru", "62.5"},
                    new String[]{phuTrungRow, "phu-trung", "40"})) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO indicator_value (indicator_id, commune_id, numeric_value,"
                        + " unit, as_of, reported_by, channel, suspect, recorded_at) VALUES (?, ?, ?, '%', CURRENT_DATE, 'Lê Văn An', 'api', FALSE, ?)")) {
                    ps.setString(1, v[0]);
                    ps.setString(2, v[1]);
                    ps.setBigDecimal(3, new BigDecimal(v[2]));
                    ps.setTimestamp(4, now);
                    ps.executeUpdate();
                }
            }
            execute(c, "INSERT INTO chat_subscription (channel, chat_id, commune_id, agency_id, created_at) VALUES"
                    + " ('telegram', '-1001', 'vinh-tru', NULL, CURRENT_TIMESTAMP),"
                    + " ('telegram', '-1001', 'ninh-binh/vinh-tru', NULL, CURRENT_TIMESTAMP),"
                    + " ('telegram', '-1001', 'phu-trung', 'cong-an-xa', CURRENT_TIMESTAMP)");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO app_user (id, name, role, agency_id, commune_id,"
                    + " telegram_user_id, token_hash, active, created_at) VALUES ('u-cu', 'Trần Văn Hùng', 'LEADER', NULL, 'vinh-tru', NULL, ?, TRUE, ?)")) {
                ps.setString(1, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(LEADER_TOKEN.getBytes(StandardCharsets.UTF_8))));
                ps.setTimestamp(2, now);
                ps.executeUpdate();
            }
            execute(c, "INSERT INTO handover (id, commune_id, channel, recipient, question, transcript, group_chat_id, status, created_at)"
                    + " VALUES ('7d0c3b0e-0000-4000-8000-000000000001', 'vinh-tru', 'web', 'r', 'Ai chủ trì?', '', -100, 'open', CURRENT_TIMESTAMP)");
            execute(c, "INSERT INTO audit_event (at, user_id, role, channel, commune_id, kind, detail)"
                    + " VALUES (CURRENT_TIMESTAMP, NULL, 'citizen', 'api', 'vinh-tru', 'question', 'cũ')");
            Conversations.State talk = new Conversations.State("vinh-tru", Intent.LEAD, "phu song 5g", vinhTruRow, null,
                    List.of(vinhTruRow, phuTrungRow));
            Conversations.State chat = new Conversations.State("phu-trung", null, null, null, null, List.of());
            for (Map.Entry<String, Conversations.State> e : Map.of("cu-1", talk, "tg-commune-42", chat).entrySet()) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO conversation_state (id, state, updated_at) VALUES (?, ?, ?)")) {
                    ps.setString(1, e.getKey());
                    ps.setString(2, json.writeValueAsString(e.getValue()));
                    ps.setTimestamp(3, now);
                    ps.executeUpdate();
                }
            }
        }
        forget(db);
    }

    /** As if the rewrite had never run: the state of a database the upgraded service has not started on yet. */
    private static void forget(DataSource db) throws Exception {
        try (Connection c = db.getConnection()) {
            execute(c, "UPDATE data_migration SET fingerprint = NULL, done_at = NULL WHERE name = 'commune-ids'");
        }
    }

    private static List<List<String>> snapshot(DataSource db) throws Exception {
        List<List<String>> tables = new ArrayList<>();
        for (String query : List.of("SELECT indicator_id || ' ' || commune_id FROM indicator_value ORDER BY id",
                "SELECT chat_id || ' ' || commune_id FROM chat_subscription ORDER BY id", "SELECT commune_id FROM app_user ORDER BY id",
                "SELECT commune_id FROM handover ORDER BY id", "SELECT commune_id FROM audit_event ORDER BY id",
                "SELECT id || ' ' || state FROM conversation_state ORDER BY id")) {
            tables.add(column(db, query));
        }
        return tables;
    }

    private static List<String> column(DataSource db, String query) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private static void execute(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
