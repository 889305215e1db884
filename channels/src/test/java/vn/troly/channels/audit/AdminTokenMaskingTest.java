package vn.troly.channels.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.troly.channels.identity.AdminToken;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The admin token pasted into the chat box stays out of the trail, and a question shaped like a formula stays inert in audit.csv. */
class AdminTokenMaskingTest {

    private static final String ADMIN = "Quan-Tri-7f3a9c";
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path data;

    @Test
    void masksTheAdminTokenAndDefusesFormulas() throws Exception {
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of("assistant.data-dir", data.toString(),
                "assistant.admin-token", ADMIN, "micronaut.server.port", "-1"))) {
            URI base = server.getURI();
            assertEquals(200, chat(base, "mã của tôi là " + ADMIN + " đúng không?").statusCode());
            assertEquals(200, chat(base, "\t=1+1").statusCode());

            String trail = get(base, "/api/admin/audit?limit=1000");
            assertFalse(trail.contains(ADMIN), trail);
            boolean masked = false;
            for (JsonNode e : json.readTree(trail)) {
                masked |= e.get("detail").asText().equals("mã của tôi là [token] đúng không?");
            }
            assertTrue(masked, trail);

            String csv = get(base, "/api/admin/audit.csv");
            assertFalse(csv.contains(ADMIN), csv);
            assertTrue(csv.contains("\"'\t=1+1\""), csv);
        }
    }

    @Test
    void masksEveryOccurrenceOfATokenLongEnoughToMatter() {
        AdminToken token = new AdminToken("  " + ADMIN + " ");
        assertEquals("[token] và [token]", token.mask(ADMIN + " và " + ADMIN));
        assertTrue(token.matches(ADMIN));
        assertFalse(token.matches(ADMIN + "x"));
        assertEquals("tất cả", new AdminToken("t").mask("tất cả"));
        assertFalse(new AdminToken(" ").matches(""));
    }

    private HttpResponse<String> chat(URI base, String text) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve("/api/chat")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("text", text, "commune", "vinh-tru"))))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private String get(URI base, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + ADMIN).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
