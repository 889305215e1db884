package vn.troly.channels.web;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.troly.channels.support.TempDataDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The page, its assets, the API's answers and its refusals all carry the security headers. */
class SecurityHeadersTest extends TempDataDir {

    private EmbeddedServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start() {
        Map<String, Object> properties = new HashMap<>(getProperties());
        properties.put("micronaut.server.port", "-1");
        server = ApplicationContext.run(EmbeddedServer.class, properties);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void thePageAllowsOnlyItsOwnScriptAndStyle() throws Exception {
        HttpResponse<String> page = get("/", null);
        assertEquals(200, page.statusCode());
        assertBasics(page);
        String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("default-src 'none'") && policy.contains("script-src 'self'")
                && policy.contains("style-src 'self'"), policy);
        assertFalse(policy.contains("unsafe-inline") || policy.contains("unsafe-eval"), policy);
        // a policy without 'unsafe-inline' would block an inline script or style: the page has none
        assertFalse(page.body().contains("<script>") || page.body().contains("<style"), "no inline script or style");
        assertTrue(page.body().contains("<script src=\"app.js\"></script>") && page.body().contains("href=\"app.css\""));
        for (String asset : List.of("/app.js", "/app.css")) {
            HttpResponse<String> file = get(asset, null);
            assertEquals(200, file.statusCode(), asset);
            assertBasics(file);
        }
    }

    @Test
    void apiAnswersAndRefusalsLoadNothing() throws Exception {
        for (HttpResponse<String> response : List.of(get("/api/communes", null), get("/api/communes/khong-co", null),
                get("/api/communes/vinh-tru/summary", null), get("/api/me", "sai-ma"), get("/api/khong-co", null))) {
            assertBasics(response);
            assertEquals("default-src 'none'; frame-ancestors 'none'",
                    response.headers().firstValue("Content-Security-Policy").orElse(""), response.uri().toString());
        }
    }

    private static void assertBasics(HttpResponse<String> response) {
        String where = response.uri() + " (" + response.statusCode() + ")";
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), where);
        assertEquals("no-referrer", response.headers().firstValue("Referrer-Policy").orElse(""), where);
        assertTrue(response.headers().firstValue("Content-Security-Policy").isPresent(), where);
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
