package vn.troly.channels.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.runtime.server.EmbeddedServer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

/** What an admin does over REST in these tests: register officials with their Telegram account, read values. */
final class AdminApi {

    static final String TOKEN = "admin-test-token";
    /** Telegram accounts the tests register: an official of the Culture and Society office and a leader of Vĩnh Trụ. */
    static final long OFFICIAL = 7001;
    static final long LEADER = 7002;

    private final EmbeddedServer server;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    AdminApi(EmbeddedServer server) {
        this.server = server;
    }

    /** Registers the official (7001) and the leader (7002) through POST /api/admin/users. */
    void registerOfficials() throws Exception {
        register("Nguyễn Văn Cán Bộ", "official", "van-hoa-xa-hoi", "vinh-tru", OFFICIAL);
        register("Trần Lãnh Đạo", "leader", null, "vinh-tru", LEADER);
    }

    JsonNode register(String name, String role, String agencyId, String communeId, long telegramUserId) throws Exception {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "role", role, "telegramUserId", telegramUserId));
        if (agencyId != null) {
            body.put("agencyId", agencyId);
        }
        body.put("communeId", communeId);
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/admin/users"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))));
        if (response.statusCode() != 201) {
            throw new IllegalStateException("registration refused: " + response.statusCode() + " " + response.body());
        }
        return json.readTree(response.body());
    }

    /** GET /api/indicators/{id}/values: history, target, status. */
    JsonNode values(String indicatorId) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/indicators/" + indicatorId + "/values")).GET());
        return json.readTree(response.body());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getPort() + path);
    }
}
