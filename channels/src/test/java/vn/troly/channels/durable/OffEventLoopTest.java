package vn.troly.channels.durable;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Writes now wait for their commit, so the database work of a request must never run on a Netty event loop: one
 * waiting commit there would stall every connection that loop serves, /ping included.
 */
class OffEventLoopTest {

    private static final String ADMIN = "ma-quan-tri-luong";

    @TempDir
    Path data;

    @Test
    void requestsThatTouchTheDatabaseRunOnTheBlockingPool() throws Exception {
        ThreadRecorder.THREADS.clear();
        Map<String, Object> properties = Map.of("assistant.data-dir", data.toString(), "assistant.admin-token", ADMIN,
                "micronaut.server.port", "-1", "test.thread-recorder", true);
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties);
             HttpClient client = HttpClient.create(server.getURL())) {
            BlockingHttpClient http = client.toBlocking();
            http.retrieve(post("/api/chat", "{\"text\": \"Ai chủ trì chỉ tiêu phủ sóng 5G?\", \"commune\": \"vinh-tru\"}"));
            http.retrieve(post("/api/admin/users", "{\"name\": \"Trần Văn Hùng\", \"role\": \"leader\", \"communeId\": \"vinh-tru\"}"));
            http.retrieve(HttpRequest.GET("/api/admin/audit?limit=5").bearerAuth(ADMIN));
            http.retrieve(HttpRequest.GET("/api/communes/vinh-tru/summary").bearerAuth(ADMIN));
        }
        assertFalse(ThreadRecorder.THREADS.isEmpty());
        for (String thread : ThreadRecorder.THREADS) {
            assertFalse(thread.toLowerCase(Locale.ROOT).contains("eventloop"), ThreadRecorder.THREADS.toString());
        }
        assertTrue(ThreadRecorder.THREADS.stream().anyMatch(t -> t.startsWith("io-executor")), ThreadRecorder.THREADS.toString());
    }

    private static HttpRequest<String> post(String path, String body) {
        return HttpRequest.POST(path, body).contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(ADMIN);
    }
}
