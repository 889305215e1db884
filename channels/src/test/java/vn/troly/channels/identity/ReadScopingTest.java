package vn.troly.channels.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.troly.channels.support.TempDataDir;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reads are scoped like writes: every endpoint that shows a commune's values, summary, chart, report or reporters,
 * asked by a caller of another commune, is refused; the commune's own staff and admins read it; the chat answers the
 * other commune's staff as it answers a citizen.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadScopingTest extends TempDataDir {

    private static final String REPORTER = "Trần Văn Báo Cáo";

    private final ObjectMapper json = new ObjectMapper();
    private EmbeddedServer server;
    private HttpClient client;
    private BlockingHttpClient http;
    private final Map<String, String> tokens = new LinkedHashMap<>();
    private String indicator;

    @BeforeAll
    void start() throws Exception {
        Map<String, Object> properties = new LinkedHashMap<>(getProperties());
        properties.put("micronaut.server.port", "-1");
        server = ApplicationContext.run(EmbeddedServer.class, properties);
        client = HttpClient.create(server.getURL());
        http = client.toBlocking();
        indicator = fiveG("vinh-tru");
        String agency = json.readTree(http.retrieve("/api/communes/vinh-tru/indicators")).get("indicators").get(0)
                .get("lead").get(0).get("id").asText();
        tokens.put("admin", ADMIN_TOKEN);
        tokens.put("leader-vinh-tru", register("{\"name\": \"" + REPORTER + "\", \"role\": \"leader\", \"communeId\": \"vinh-tru\"}"));
        tokens.put("leader-phu-trung", register("{\"name\": \"Lê Thị Phú\", \"role\": \"leader\", \"communeId\": \"phu-trung\"}"));
        tokens.put("official-phu-trung", register("{\"name\": \"Phạm Văn Trung\", \"role\": \"official\", \"agencyId\": \""
                + agency + "\", \"communeId\": \"phu-trung\"}"));
        HttpResponse<String> reported = http.exchange(send(HttpRequest.POST("/api/indicators/" + indicator + "/values",
                "{\"value\": 63, \"asOf\": \"2026-11-02\"}"), tokens.get("leader-vinh-tru")), String.class);
        assertEquals(201, reported.code());
    }

    @AfterAll
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void everyReadEndpointRefusesCallersOfAnotherCommune() {
        List<String> reads = List.of("/api/indicators/" + indicator + "/values", "/api/communes/vinh-tru/summary",
                "/api/communes/vinh-tru/summary.png", "/api/communes/vinh-tru/report.docx?month=2026-11");
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("admin", 200);
        expected.put("leader-vinh-tru", 200);
        expected.put("leader-phu-trung", 403);
        expected.put("official-phu-trung", 403);
        expected.put("citizen", 401);
        List<String> wrong = new ArrayList<>();
        for (String path : reads) {
            for (Map.Entry<String, Integer> caller : expected.entrySet()) {
                int status = status(HttpRequest.GET(path), tokens.get(caller.getKey()));
                if (status != caller.getValue()) {
                    wrong.add(caller.getKey() + " GET " + path + " → " + status + " (expected " + caller.getValue() + ")");
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void everyCommuneWideReadIsTheAdminsOnly() {
        List<String> reads = List.of("/api/admin/audit", "/api/admin/audit.csv", "/api/admin/users");
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("admin", 200);
        expected.put("leader-vinh-tru", 403);
        expected.put("official-phu-trung", 403);
        expected.put("citizen", 401);
        List<String> wrong = new ArrayList<>();
        for (String path : reads) {
            for (Map.Entry<String, Integer> caller : expected.entrySet()) {
                int status = status(HttpRequest.GET(path), tokens.get(caller.getKey()));
                if (status != caller.getValue()) {
                    wrong.add(caller.getKey() + " GET " + path + " → " + status + " (expected " + caller.getValue() + ")");
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void theRefusalSaysWhyInVietnamese() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> http.exchange(send(HttpRequest.GET("/api/communes/vinh-tru/summary"), tokens.get("leader-phu-trung")), String.class));
        String body = e.getResponse().getBody(String.class).orElse("");
        assertTrue(body.contains("\"other_commune\"") && body.contains("xã mình"), body);
        assertFalse(body.contains(REPORTER), body);
    }

    @Test
    void ownCommuneStaffReadTheirOwnCommune() {
        assertEquals(200, status(HttpRequest.GET("/api/communes/phu-trung/summary"), tokens.get("leader-phu-trung")));
        assertEquals(200, status(HttpRequest.GET("/api/communes/phu-trung/report.docx?month=2026-11"), tokens.get("official-phu-trung")));
    }

    @Test
    void uploadingAnotherCommunesSheetIsRefused() {
        MutableHttpRequest<String> csv = HttpRequest.POST("/api/communes/vinh-tru/values.csv", "id,value\n" + indicator + ",70\n")
                .contentType(MediaType.TEXT_PLAIN_TYPE);
        assertEquals(403, status(csv, tokens.get("leader-phu-trung")));
    }

    @Test
    void chatAnswersAnotherCommunesStaffAsACitizen() throws Exception {
        String question = "{\"text\": \"tiến độ phủ sóng 5G?\", \"commune\": \"vinh-tru\"}";
        String own = answer(question, tokens.get("leader-vinh-tru"));
        assertTrue(own.contains("63%") && own.contains(REPORTER), own);
        for (String other : List.of("leader-phu-trung", "official-phu-trung")) {
            String refused = answer(question, tokens.get(other));
            assertFalse(refused.contains("63%") || refused.contains(REPORTER), other + ": " + refused);
            assertTrue(refused.contains("nội bộ"), other + ": " + refused);
        }
        String summary = answer("{\"text\": \"tóm tắt tình hình thực hiện\", \"commune\": \"vinh-tru\"}", tokens.get("leader-phu-trung"));
        assertFalse(summary.contains(REPORTER), summary);
        assertFalse(answer("{\"text\": \"tóm tắt tình hình thực hiện\", \"commune\": \"vinh-tru\"}", tokens.get("admin"))
                .contains("nội bộ"), "the admin sees every commune's statuses");
    }

    @Test
    void meSaysWhomATokenBelongsTo() throws Exception {
        JsonNode leader = json.readTree(http.retrieve(send(HttpRequest.GET("/api/me"), tokens.get("leader-vinh-tru")), String.class));
        assertEquals(REPORTER, leader.get("name").asText());
        assertEquals("leader", leader.get("role").asText());
        assertEquals("lãnh đạo xã", leader.get("roleName").asText());
        assertEquals("ninh-binh/vinh-tru", leader.get("communeId").asText());
        assertEquals("Vĩnh Trụ", leader.get("commune").asText());
        JsonNode admin = json.readTree(http.retrieve(send(HttpRequest.GET("/api/me"), ADMIN_TOKEN), String.class));
        assertEquals("admin", admin.get("role").asText());
        assertEquals(401, status(HttpRequest.GET("/api/me"), null));
        assertEquals(401, status(HttpRequest.GET("/api/me"), "sai-ma"));
    }

    @Test
    void noFurtherAdminIsRegistered() throws Exception {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> http.exchange(send(
                HttpRequest.POST("/api/admin/users", "{\"name\": \"Quản trị hai\", \"role\": \"admin\"}"), ADMIN_TOKEN), String.class));
        assertEquals(400, e.getStatus().getCode());
        assertTrue(e.getResponse().getBody(String.class).orElse("").contains("ASSISTANT_ADMIN_TOKEN"));
    }

    private String answer(String question, String token) throws Exception {
        return json.readTree(http.retrieve(send(HttpRequest.POST("/api/chat", question), token), String.class)).get("answer").asText();
    }

    private String fiveG(String commune) throws Exception {
        for (JsonNode i : json.readTree(http.retrieve("/api/communes/" + commune + "/indicators")).get("indicators")) {
            if (i.get("name").asText().contains("5G")) {
                return i.get("id").asText();
            }
        }
        throw new AssertionError("no 5G indicator in " + commune);
    }

    private String register(String user) throws Exception {
        return json.readTree(http.retrieve(send(HttpRequest.POST("/api/admin/users", user), ADMIN_TOKEN), String.class))
                .get("token").asText();
    }

    private int status(MutableHttpRequest<?> request, String token) {
        try {
            return http.exchange(send(request, token), byte[].class).code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    private static <T> MutableHttpRequest<T> send(MutableHttpRequest<T> request, String token) {
        if (request.getContentType().isEmpty()) {
            request.contentType(MediaType.APPLICATION_JSON_TYPE);
        }
        return token == null ? request : request.bearerAuth(token);
    }
}
