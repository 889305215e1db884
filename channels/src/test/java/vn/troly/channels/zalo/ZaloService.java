package vn.troly.channels.zalo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/** The service with its Zalo channel pointed at a fake Zalo on 127.0.0.1, and an admin to register officials. */
final class ZaloService implements AutoCloseable {

    static final String ADMIN = "admin-zalo-test";

    final FakeZalo zalo;
    final EmbeddedServer server;
    final Path data;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    ZaloService(Map<String, Object> extra) throws Exception {
        this(new FakeZalo(), Files.createTempDirectory("zalo-test"), extra);
    }

    ZaloService(FakeZalo zalo, Path data, Map<String, Object> extra) {
        this.zalo = zalo;
        this.data = data;
        Map<String, Object> properties = new HashMap<>(Map.of("micronaut.server.port", -1,
                "assistant.data-dir", data.toString(), "assistant.admin-token", ADMIN,
                "assistant.zalo.app-id", FakeZalo.APP_ID, "assistant.zalo.oa-secret-key", FakeZalo.OA_SECRET,
                "assistant.zalo.app-secret", FakeZalo.APP_SECRET, "assistant.zalo.refresh-token", FakeZalo.FIRST_REFRESH,
                "assistant.zalo.api-url", zalo.url(), "assistant.zalo.oauth-url", zalo.url(),
                "assistant.zalo.retry-base", "20ms"));
        properties.putAll(extra);
        server = ApplicationContext.run(EmbeddedServer.class, properties);
    }

    /** Posts an event to the webhook with the given X-ZEvent-Signature (none when null). */
    HttpResponse<String> post(String body, String signature) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/zalo/webhook"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            request.header(ZaloWebhookController.SIGNATURE_HEADER, signature);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts an event signed as Zalo signs it. */
    HttpResponse<String> post(String body) throws IOException, InterruptedException {
        return post(body, FakeZalo.signature(body));
    }

    /** An admin call: method, path and JSON body (or null). */
    HttpResponse<String> admin(String method, String path, Object body) throws IOException, InterruptedException {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body));
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + ADMIN)
                .header("Content-Type", "application/json").method(method, publisher).build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode json(HttpResponse<String> response) throws IOException {
        return json.readTree(response.body());
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getPort() + path);
    }

    /** Stops the service but keeps the fake and the data folder, for a restart. */
    void stop() {
        server.close();
    }

    @Override
    public void close() throws IOException {
        server.close();
        zalo.close();
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
