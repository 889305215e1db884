package vn.troly.channels.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.troly.channels.support.Databases;
import vn.troly.knowledge.text.SafeText;

import java.net.URI;
import java.nio.ByteBuffer;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An anonymous client cannot erase anybody's audit trail: while it sends poisoned questions (NUL, lone surrogates,
 * over-long commune hints) on PostgreSQL, and poisoned events reach the trail from a channel that does not check its
 * input, every question of a signed-in leader is recorded, and the trail still reads as valid JSON and CSV.
 */
class AuditIntegrityTest {

    private static final String ADMIN = "ma-quan-tri-nhat-ky";
    private static final List<String> POISON = List.of(
            "{\"text\": \"ai chủ trì\\u0000 5G?\", \"commune\": \"vinh-tru\"}",
            "{\"text\": \"ai chủ trì \\ud800 5G?\", \"commune\": \"vinh-tru\"}",
            "{\"text\": \"ai chủ trì 5G?\", \"commune\": \"" + "x".repeat(150) + "\"}",
            "{\"text\": \"ai chủ trì 5G?\", \"commune\": \"vinh\\u0000tru\"}");

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path data;

    /** The trail is decoded strictly: a lone surrogate written out would be malformed UTF-8 and fail the decoder. */
    @Test
    void poisonNeverTakesOtherRowsWithIt() throws Exception {
        Map<String, Object> properties = new HashMap<>(Databases.properties("postgresql"));
        properties.putAll(Map.of("assistant.data-dir", data.toString(), "assistant.admin-token", ADMIN,
                "micronaut.server.port", "-1", "assistant.rate-limit.per-user-per-minute", "0"));
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties)) {
            URI base = server.getURI();
            JsonNode leader = json.readTree(send(base, "/api/admin/users", ADMIN,
                    "{\"name\": \"Lê Thị Bình\", \"role\": \"leader\", \"communeId\": \"vinh-tru\"}").body());
            String token = leader.get("token").asText();
            String userId = leader.get("user").get("id").asText();
            AuditLog log = server.getApplicationContext().getBean(AuditLog.class);

            List<CompletableFuture<HttpResponse<String>>> poisoned = new ArrayList<>();
            List<CompletableFuture<HttpResponse<String>>> honest = new ArrayList<>();
            Set<String> asked = new HashSet<>();
            for (int i = 0; i < 20; i++) {
                for (String body : POISON) {
                    poisoned.add(sendAsync(base, "/api/chat", null, body));
                }
                // what a channel that does not check its input (or a future one) could hand the trail
                log.record(List.of(new AuditEvent(0, null, "u\u0000" + i, "citizen\ud800", "telegram\u202E", "x".repeat(500),
                        AuditEvent.QUESTION, "câu hỏi \u0000\ud800\u202E số " + i + " " + "y".repeat(9000))));
                String question = "chỉ tiêu phủ sóng 5G lần " + i + " ai chủ trì?";
                asked.add(question);
                honest.add(sendAsync(base, "/api/chat", token, json.writeValueAsString(Map.of("text", question, "commune", "vinh-tru"))));
            }
            for (CompletableFuture<HttpResponse<String>> f : poisoned) {
                assertEquals(400, f.join().statusCode(), f.join().body());
            }
            for (CompletableFuture<HttpResponse<String>> f : honest) {
                assertEquals(200, f.join().statusCode(), f.join().body());
            }

            HttpResponse<byte[]> trail = http.send(HttpRequest.newBuilder(base.resolve("/api/admin/audit?kind=question&limit=10000"))
                    .header("Authorization", "Bearer " + ADMIN).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, trail.statusCode());
            JsonNode events = json.readTree(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(trail.body())).toString());
            Set<String> recorded = new HashSet<>();
            int cleaned = 0;
            for (JsonNode e : events) {
                if (userId.equals(e.get("userId").asText(null))) {
                    recorded.add(e.get("detail").asText());
                }
                String detail = e.get("detail").asText();
                assertTrue(SafeText.check(detail, 8000, true).isEmpty(), detail);
                assertTrue(SafeText.check(e.get("channel").asText(), 30, false).isEmpty(), e.toString());
                cleaned += detail.startsWith("câu hỏi") ? 1 : 0;
            }
            assertEquals(asked, recorded, "every question of the signed-in leader is in the trail");
            assertEquals(20, cleaned, "the poisoned events are kept, cleaned and cut to their columns");

            HttpResponse<String> csv = http.send(HttpRequest.newBuilder(base.resolve("/api/admin/audit.csv"))
                    .header("Authorization", "Bearer " + ADMIN).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, csv.statusCode());
            assertTrue(csv.body().indexOf('\u0000') < 0 && csv.body().indexOf('\u202E') < 0);
        }
    }

    private HttpResponse<String> send(URI base, String path, String token, String body) throws Exception {
        return sendAsync(base, path, token, body).join();
    }

    private CompletableFuture<HttpResponse<String>> sendAsync(URI base, String path, String token, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.sendAsync(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
