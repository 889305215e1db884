package vn.troly.channels.limits;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A flooding client is refused politely while others are served; health and Prometheus metrics are exposed. */
class LimitsAndMetricsTest {

    private static final String ADMIN = "ma-quan-tri";
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path data;

    @Test
    void limitsFloodsAndCountsAnswers() throws Exception {
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of("assistant.data-dir", data.toString(),
                "assistant.admin-token", ADMIN, "micronaut.server.port", "-1", "assistant.rate-limit.per-user-per-minute", "5"))) {
            URI base = server.getURI();
            String question = "{\"text\": \"ai chủ trì chỉ tiêu phủ sóng 5G?\", \"commune\": \"vinh-tru\"}";
            for (int i = 0; i < 5; i++) {
                assertEquals(200, chat(base, question, null).statusCode());
            }
            HttpResponse<String> limited = chat(base, question, null);
            assertEquals(429, limited.statusCode());
            JsonNode error = json.readTree(limited.body());
            assertEquals("rate_limited", error.get("error").asText());
            assertTrue(error.get("message").asText().contains("quá nhiều tin nhắn"), limited.body());
            assertTrue(Integer.parseInt(limited.headers().firstValue("Retry-After").orElseThrow()) >= 1);

            // one client floods; a signed-in official is still answered meanwhile
            List<CompletableFuture<HttpResponse<String>>> flood = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                flood.add(http.sendAsync(request(base, question, null), HttpResponse.BodyHandlers.ofString()));
            }
            HttpResponse<String> other = chat(base, question, ADMIN);
            assertEquals(200, other.statusCode(), other.body());
            assertTrue(json.readTree(other.body()).get("answer").asText().contains("Phòng Văn hóa - Xã hội"));
            for (CompletableFuture<HttpResponse<String>> f : flood) {
                assertEquals(429, f.join().statusCode());
            }

            HttpResponse<String> tooLong = chat(base, "{\"text\": \"" + "a".repeat(4001) + "\"}", ADMIN);
            assertEquals(400, tooLong.statusCode());
            assertTrue(json.readTree(tooLong.body()).get("message").asText().contains("quá dài"));
            chat(base, "{\"text\": \"thời tiết ngày mai thế nào?\", \"commune\": \"vinh-tru\"}", ADMIN);

            assertEquals("UP", json.readTree(get(base, "/health").body()).get("status").asText());
            String metrics = get(base, "/prometheus").body();
            assertTrue(metrics.contains("assistant_answers_total{channel=\"api\",intent=\"lead\",status=\"answered\"} 6.0"), metrics);
            assertTrue(metrics.contains("assistant_answer_latency_seconds_count"), metrics);
            assertTrue(metrics.contains("assistant_fallbacks_total{reason=\"out_of_scope\"} 1.0"), metrics);
            assertFalse(metrics.contains(ADMIN));
        }
    }

    private HttpResponse<String> chat(URI base, String body, String token) throws Exception {
        return http.send(request(base, body, token), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest request(URI base, String body, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve("/api/chat")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b.build();
    }

    private HttpResponse<String> get(URI base, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
