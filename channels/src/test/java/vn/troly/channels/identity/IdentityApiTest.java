package vn.troly.channels.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import vn.troly.channels.support.Databases;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Admins register officials; officials report only their agency's indicators; everything lands in the audit trail. */
class IdentityApiTest {

    private static final String ADMIN = "quan-tri-bi-mat";
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path data;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void officialsReportTheirOwnIndicatorsAndEverythingIsAudited(String database) throws Exception {
        Map<String, Object> properties = new HashMap<>(Databases.properties(database));
        properties.putAll(Map.of("assistant.data-dir", data.toString(), "assistant.admin-token", ADMIN, "micronaut.server.port", "-1"));
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties);
             HttpClient client = HttpClient.create(server.getURL())) {
            var http = client.toBlocking();
            JsonNode indicators = json.readTree(http.retrieve("/api/communes/vinh-tru/indicators")).get("indicators");
            JsonNode own = null;
            for (JsonNode i : indicators) {
                if (i.get("name").asText().contains("5G")) {
                    own = i;
                }
            }
            assertNotNull(own);
            String agency = own.get("lead").get(0).get("id").asText();
            JsonNode other = null;
            for (JsonNode i : indicators) {
                if (other == null && i.get("lead").size() > 0 && !i.get("lead").toString().contains("\"" + agency + "\"")
                        && !i.get("implementers").toString().contains("\"" + agency + "\"")) {
                    other = i;
                }
            }
            assertNotNull(other);

            // only the admin registers people, and bad registrations are refused in Vietnamese
            String official = "{\"name\": \"Nguyễn Thị Lan\", \"role\": \"official\", \"agencyId\": \"" + agency
                    + "\", \"communeId\": \"vinh-tru\", \"telegramUserId\": 4242}";
            assertEquals(HttpStatus.UNAUTHORIZED, status(() -> http.retrieve(post("/api/admin/users", official, null))));
            assertEquals(HttpStatus.NOT_FOUND, status(() -> http.retrieve(post("/api/admin/users",
                    official.replace("vinh-tru", "khong-co-xa"), ADMIN))));
            HttpClientResponseException noAgency = assertThrows(HttpClientResponseException.class, () -> http.retrieve(
                    post("/api/admin/users", "{\"name\": \"A\", \"role\": \"official\", \"communeId\": \"vinh-tru\"}", ADMIN)));
            assertTrue(body(noAgency).contains("cơ quan"), body(noAgency));
            assertEquals(HttpStatus.BAD_REQUEST, status(() -> http.retrieve(post("/api/admin/users",
                    "{\"name\": \"A\", \"role\": \"vua\"}", ADMIN))));

            JsonNode issued = json.readTree(http.retrieve(post("/api/admin/users", official, ADMIN)));
            String token = issued.get("token").asText();
            String userId = issued.get("user").get("id").asText();
            assertTrue(token.length() > 20);
            assertEquals(HttpStatus.CONFLICT, status(() -> http.retrieve(post("/api/admin/users", official, ADMIN))),
                    "one Telegram account speaks for one person");
            String listed = http.retrieve(HttpRequest.GET("/api/admin/users").bearerAuth(ADMIN));
            assertTrue(listed.contains("Nguyễn Thị Lan") && !listed.contains(token), "the token is shown once, never listed");
            assertEquals(HttpStatus.FORBIDDEN, status(() -> http.retrieve(HttpRequest.GET("/api/admin/users").bearerAuth(token))));

            // the official reports the indicator their agency leads, not another agency's
            String ownPath = "/api/indicators/" + own.get("id").asText() + "/values";
            JsonNode created = json.readTree(http.retrieve(post(ownPath,
                    "{\"value\": 55, \"asOf\": \"2026-11-20\", \"note\": \"gọi 0912 345 678 nếu cần\"}", token)));
            assertEquals("Nguyễn Thị Lan (" + userId + ")", created.get("value").get("reportedBy").asText());
            String otherPath = "/api/indicators/" + other.get("id").asText() + "/values";
            HttpClientResponseException foreign = assertThrows(HttpClientResponseException.class, () -> http.retrieve(
                    post(otherPath, "{\"value\": 10}", token)));
            assertEquals(HttpStatus.FORBIDDEN, foreign.getStatus());
            assertTrue(body(foreign).contains("cơ quan chủ trì"), body(foreign));
            assertEquals(HttpStatus.UNAUTHORIZED, status(() -> http.retrieve(post(ownPath, "{\"value\": 10}", "sai-ma"))));

            // in chat too: the official sees values and is refused another agency's indicator
            String progress = "{\"text\": \"tiến độ phủ sóng 5G?\", \"commune\": \"vinh-tru\"}";
            assertTrue(json.readTree(http.retrieve(post("/api/chat", progress, token))).get("answer").asText().contains("55%"));
            // reporting in chat, with confirmation, stored in the same database
            JsonNode proposal = json.readTree(http.retrieve(post("/api/chat",
                    "{\"text\": \"cập nhật phủ sóng 5G 57,5%\", \"commune\": \"vinh-tru\"}", token)));
            assertEquals("confirmation_needed", proposal.get("status").asText(), proposal.toString());
            JsonNode saved = json.readTree(http.retrieve(post("/api/chat", "{\"text\": \"đồng ý\", \"conversationId\": \""
                    + proposal.get("conversationId").asText() + "\"}", token)));
            assertTrue(saved.get("answer").asText().startsWith("Đã lưu"), saved.toString());
            JsonNode history = json.readTree(http.retrieve(HttpRequest.GET(ownPath).bearerAuth(token))).get("history");
            assertEquals(57.5, history.get(0).get("value").asDouble());
            assertEquals("chat", history.get(0).get("channel").asText());
            JsonNode refused = json.readTree(http.retrieve(post("/api/chat", "{\"text\": \"cập nhật "
                    + other.get("name").asText().replaceAll("[0-9%]", "") + " 40%\", \"commune\": \"vinh-tru\"}", token)));
            assertEquals("refused", refused.get("status").asText(), refused.toString());

            JsonNode citizen = json.readTree(http.retrieve(post("/api/chat",
                    "{\"text\": \"CCCD của tôi là 001203004567, email lan@example.vn, số 0912.345.678, hỏi tiến độ 5G\", \"commune\": \"vinh-tru\"}", null)));
            assertFalse(citizen.get("answer").asText().contains("57,5%"), "figures are internal for citizens");

            // audit: questions and answers with who and where, values with the account, personal data masked
            JsonNode audit = json.readTree(http.retrieve(HttpRequest.GET("/api/admin/audit?limit=50").bearerAuth(ADMIN)));
            String trail = audit.toString();
            assertTrue(trail.contains("[số định danh]") && trail.contains("[email]") && trail.contains("[số điện thoại]"), trail);
            assertFalse(trail.contains("001203004567") || trail.contains("lan@example.vn") || trail.contains("0912.345.678"), trail);
            boolean valueByUser = false;
            boolean questionByUser = false;
            for (JsonNode e : audit) {
                valueByUser |= e.get("kind").asText().equals("value") && userId.equals(e.get("userId").asText(null));
                questionByUser |= e.get("kind").asText().equals("question") && userId.equals(e.get("userId").asText(null))
                        && e.get("channel").asText().equals("api") && e.get("communeId").asText().equals("ninh-binh/vinh-tru");
            }
            assertTrue(valueByUser && questionByUser, trail);
            // the number as written in the note, not its first digits: a stored timestamp may hold "09.12" or "0912"
            String stored = http.retrieve(HttpRequest.GET(ownPath).bearerAuth(ADMIN));
            assertFalse(stored.contains("0912 345 678") || stored.contains("345 678"), "notes are masked before they are stored: " + stored);
            JsonNode onlyValues = json.readTree(http.retrieve(HttpRequest.GET("/api/admin/audit?kind=value&userId=" + userId).bearerAuth(ADMIN)));
            assertEquals(2, onlyValues.size(), "the REST and the chat report: " + onlyValues);
            byte[] csv = http.retrieve(HttpRequest.GET("/api/admin/audit.csv").bearerAuth(ADMIN), byte[].class);
            String text = new String(csv, StandardCharsets.UTF_8);
            assertTrue(text.startsWith("\uFEFFid,at,user_id") && text.contains("tiến độ phủ sóng 5G"), text);
            assertEquals(HttpStatus.FORBIDDEN, status(() -> http.retrieve(HttpRequest.GET("/api/admin/audit").bearerAuth(token))));
            assertEquals(HttpStatus.BAD_REQUEST, status(() -> http.retrieve(HttpRequest.GET("/api/admin/audit?from=hom-qua").bearerAuth(ADMIN))));

            // a revoked official is signed out at once
            http.exchange(HttpRequest.DELETE("/api/admin/users/" + userId).bearerAuth(ADMIN));
            assertEquals(HttpStatus.UNAUTHORIZED, status(() -> http.retrieve(post(ownPath, "{\"value\": 60}", token))));
            assertEquals(HttpStatus.NOT_FOUND, status(() -> http.exchange(HttpRequest.DELETE("/api/admin/users/" + userId).bearerAuth(ADMIN))));
        }
    }

    private static HttpStatus status(org.junit.jupiter.api.function.Executable call) {
        return assertThrows(HttpClientResponseException.class, call).getStatus();
    }

    private static String body(HttpClientResponseException e) {
        return e.getResponse().getBody(String.class).orElse("");
    }

    private static MutableHttpRequest<String> post(String path, String body, String token) {
        MutableHttpRequest<String> request = HttpRequest.POST(path, body).contentType(MediaType.APPLICATION_JSON_TYPE);
        return token == null ? request : request.bearerAuth(token);
    }
}
