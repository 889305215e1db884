package vn.troly.channels.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.troly.assistant.answer.Action;
import vn.troly.assistant.answer.Answer;
import vn.troly.assistant.answer.Caller;
import vn.troly.assistant.answer.Question;
import vn.troly.assistant.answer.Role;
import vn.troly.assistant.engine.Answerer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A value waiting for confirmation belongs to whoever reported it: holding its conversation id is not enough to store
 * or drop it, a revoked reporter is signed out, and the audit names who confirmed.
 */
class ConfirmationOwnershipTest {

    private static final String ADMIN = "ma-quan-tri-xac-nhan";
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path data;

    @Test
    void onlyTheReporterConfirmsOverTheApi() throws Exception {
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of("assistant.data-dir", data.toString(),
                "assistant.admin-token", ADMIN, "micronaut.server.port", "-1", "assistant.rate-limit.per-user-per-minute", "0"))) {
            URI base = server.getURI();
            JsonNode reporter = register(base, "Lê Văn An");
            JsonNode colleague = register(base, "Trần Văn Bình");
            String token = reporter.get("token").asText();
            String reporterId = reporter.get("user").get("id").asText();

            JsonNode proposal = chat(base, token, "{\"text\": \"cập nhật phủ sóng 5G 62,5%\", \"commune\": \"vinh-tru\"}");
            assertEquals("confirmation_needed", proposal.get("status").asText(), proposal.toString());
            String conversation = proposal.get("conversationId").asText();
            String yes = "{\"text\": \"có\", \"conversationId\": \"" + conversation + "\"}";
            String pressed = "{\"action\": {\"type\": \"confirm\", \"yes\": true}, \"conversationId\": \"" + conversation + "\"}";
            String no = "{\"text\": \"không\", \"conversationId\": \"" + conversation + "\"}";

            for (String other : new String[]{null, colleague.get("token").asText(), ADMIN}) {
                for (String body : new String[]{yes, pressed, no}) {
                    JsonNode refused = chat(base, other, body);
                    assertEquals("refused", refused.get("status").asText(), refused.toString());
                }
            }
            assertEquals(0, history(base).size(), "nobody but the reporter stores the value");

            JsonNode saved = chat(base, token, yes);
            assertTrue(saved.get("answer").asText().startsWith("Đã lưu"), saved.toString());
            assertEquals(1, history(base).size());
            JsonNode questions = json.readTree(get(base, "/api/admin/audit?kind=question&limit=1000").body());
            boolean confirmedByReporter = false;
            for (JsonNode e : questions) {
                confirmedByReporter |= e.get("detail").asText().equals("có") && reporterId.equals(e.get("userId").asText(null));
            }
            assertTrue(confirmedByReporter, "the audit names who confirmed: " + questions);
            JsonNode values = json.readTree(get(base, "/api/admin/audit?kind=value").body());
            assertEquals(reporterId, values.get(0).get("userId").asText(), values.toString());

            // a second report, then the reporter is revoked: the token no longer speaks for anybody
            JsonNode again = chat(base, token, "{\"text\": \"cập nhật phủ sóng 5G 64%\", \"commune\": \"vinh-tru\"}");
            String second = "{\"text\": \"có\", \"conversationId\": \"" + again.get("conversationId").asText() + "\"}";
            HttpResponse<String> revoke = http.send(HttpRequest.newBuilder(base.resolve("/api/admin/users/" + reporterId))
                    .header("Authorization", "Bearer " + ADMIN).DELETE().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(204, revoke.statusCode());
            assertEquals(401, send(base, token, second).statusCode());
            assertEquals("refused", chat(base, null, second).get("status").asText());
            assertEquals(1, history(base).size());
        }
    }

    @Test
    void inATelegramGroupOnlyTheReporterConfirms() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("assistant.data-dir", data.toString()))) {
            Answerer assistant = context.getBean(Answerer.class);
            Caller leader = new Caller("u-1", "Lê Thị Bình", Role.LEADER, null, "vinh-tru");
            Answer proposal = assistant.answer(new Question("cập nhật phủ sóng 5G 62,5%", "vinh-tru", "tg-1", leader, "telegram",
                    Action.TEXT, "telegram:-100:7"));
            assertEquals("confirmation_needed", proposal.status().code(), proposal.answer());
            String conversation = proposal.conversationId();
            // the same registered leader, but speaking from another chat, and another member of the same group
            for (String speaker : new String[]{"telegram:-200:7", "telegram:-100:8", "user:u-1"}) {
                Answer refused = assistant.answer(new Question("đồng ý", "vinh-tru", conversation, leader, "telegram",
                        new Action.Confirm(true), speaker));
                assertEquals("refused", refused.status().code(), speaker + ": " + refused.answer());
            }
            Answer saved = assistant.answer(new Question("đồng ý", "vinh-tru", conversation, leader, "telegram",
                    new Action.Confirm(true), "telegram:-100:7"));
            assertTrue(saved.answer().startsWith("Đã lưu"), saved.answer());
        }
    }

    private JsonNode register(URI base, String name) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/api/admin/users"))
                .header("Authorization", "Bearer " + ADMIN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(new HashMap<>(Map.of("name", name,
                        "role", "official", "agencyId", "van-hoa-xa-hoi", "communeId", "vinh-tru"))))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, r.statusCode(), r.body());
        return json.readTree(r.body());
    }

    private JsonNode chat(URI base, String token, String body) throws Exception {
        HttpResponse<String> r = send(base, token, body);
        assertEquals(200, r.statusCode(), r.body());
        return json.readTree(r.body());
    }

    private HttpResponse<String> send(URI base, String token, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve("/api/chat")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(URI base, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + ADMIN).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode history(URI base) throws Exception {
        JsonNode indicators = json.readTree(get(base, "/api/communes/vinh-tru/indicators").body()).get("indicators");
        for (JsonNode i : indicators) {
            if (i.get("name").asText().contains("5G")) {
                return json.readTree(get(base, "/api/indicators/" + i.get("id").asText() + "/values").body()).get("history");
            }
        }
        throw new AssertionError("no 5G indicator");
    }
}
