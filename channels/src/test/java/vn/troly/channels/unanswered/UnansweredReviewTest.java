package vn.troly.channels.unanswered;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Questions of a test run that ended unanswered are listed grouped and counted, per commune, as JSON and CSV. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnansweredReviewTest {

    private static final String ADMIN = "admin-unanswered-test";
    private static final String NOT_IN_PLAN = "Xã có kế hoạch nuôi cá koi không?";
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private EmbeddedServer server;
    private String leaderToken;
    private String officialToken;

    @BeforeAll
    void start() throws Exception {
        server = ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", -1,
                "assistant.data-dir", Files.createTempDirectory("unanswered").toString(), "assistant.admin-token", ADMIN,
                "assistant.rate-limit.per-user-per-minute", 0));
        leaderToken = register("Trần Lãnh Đạo", "leader", null, "vinh-tru");
        officialToken = register("Lê Cán Bộ", "official", "van-hoa-xa-hoi", "vinh-tru");
        assertEquals("not_in_plan", ask(NOT_IN_PLAN, "vinh-tru"));
        assertEquals("not_in_plan", ask("xã có kế hoạch NUÔI CÁ KOI không", "vinh-tru"));
        assertEquals("not_in_plan", ask("Xa co ke hoach nuoi ca koi khong", "phu-trung"));
        assertEquals("out_of_scope", ask("Giá điện tháng này bao nhiêu?", "vinh-tru"));
        assertEquals("answered", ask("Ai chủ trì chỉ tiêu phủ sóng 5G?", "vinh-tru"));
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void groupsTheSameQuestionAskedDifferentlyAndCountsIt() throws Exception {
        JsonNode groups = get("/api/admin/unanswered", ADMIN);
        assertEquals(2, groups.size(), groups.toString());
        JsonNode koi = groups.get(0);
        assertEquals(3, koi.path("count").asInt());
        assertEquals(3, koi.path("statuses").path("not_in_plan").asInt());
        assertEquals("[\"dong-nai/phu-trung\",\"ninh-binh/vinh-tru\"]", koi.path("communes").toString());
        assertEquals(1, groups.get(1).path("count").asInt());
        assertTrue(groups.get(1).path("statuses").has("out_of_scope"));
        assertFalse(groups.toString().contains("5G"), "an answered question is not listed");
    }

    @Test
    void perCommuneAndAsCsv() throws Exception {
        JsonNode phuTrung = get("/api/admin/unanswered?communeId=phu-trung", ADMIN);
        assertEquals(1, phuTrung.size());
        assertEquals(1, phuTrung.get(0).path("count").asInt());
        HttpResponse<String> csv = send("/api/admin/unanswered.csv?communeId=vinh-tru", ADMIN);
        assertEquals(200, csv.statusCode());
        String[] lines = csv.body().split("\r\n");
        assertEquals(3, lines.length, csv.body());
        assertTrue(lines[1].contains(",2,\"not_in_plan=2\",\"ninh-binh/vinh-tru\",\"api\","), lines[1]);
        assertEquals(0, get("/api/admin/unanswered?from=2000-01-01&to=2000-01-31", ADMIN).size());
        assertEquals(400, send("/api/admin/unanswered?from=hôm-qua", ADMIN).statusCode());
    }

    @Test
    void aLeaderReadsTheirCommuneOnlyAndOthersNothing() throws Exception {
        JsonNode own = get("/api/admin/unanswered", leaderToken);
        assertEquals(2, own.size());
        assertEquals(2, own.get(0).path("count").asInt(), "Phú Trung's question is not the leader's");
        assertEquals(403, send("/api/admin/unanswered?communeId=phu-trung", leaderToken).statusCode());
        HttpResponse<String> official = send("/api/admin/unanswered", officialToken);
        assertEquals(403, official.statusCode());
        assertTrue(json.readTree(official.body()).path("message").asText().contains("lãnh đạo xã"));
        assertEquals(401, send("/api/admin/unanswered", null).statusCode());
    }

    private String ask(String text, String commune) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/chat")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("text", text, "commune", commune)))).build(),
                HttpResponse.BodyHandlers.ofString());
        return json.readTree(response.body()).path("status").asText();
    }

    private String register(String name, String role, String agency, String commune) throws Exception {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "role", role, "communeId", commune));
        if (agency != null) {
            body.put("agencyId", agency);
        }
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/admin/users")).header("Authorization", "Bearer " + ADMIN)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        return json.readTree(response.body()).path("token").asText();
    }

    private JsonNode get(String path, String token) throws Exception {
        HttpResponse<String> response = send(path, token);
        assertEquals(200, response.statusCode(), response.body());
        return json.readTree(response.body());
    }

    private HttpResponse<String> send(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getPort() + path);
    }
}
