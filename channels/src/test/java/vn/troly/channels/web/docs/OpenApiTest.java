package vn.troly.channels.web.docs;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import vn.troly.channels.support.TempDataDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hand-written OpenAPI document against the running app: every route under /api is documented with its method and
 * path, so the document cannot fall behind the controllers; Swagger UI and its assets come from the app itself.
 */
@MicronautTest
class OpenApiTest extends TempDataDir {

    /** Documented before they exist: the admin routes are being added on another branch. */
    private static final String NOT_YET_SERVED_PREFIX = "/api/admin/";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    @Inject
    Router router;

    @Inject
    EmbeddedServer server;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void documentsEveryApiRouteTheAppServes() throws Exception {
        HttpResponse<String> response = get("/openapi");
        assertEquals(200, response.statusCode());
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        assertTrue(contentType.startsWith("application/yaml") || contentType.startsWith("text/yaml"), contentType);
        Map<String, Object> document = yaml(response.body());
        assertTrue(String.valueOf(document.get("openapi")).startsWith("3.0"), "an OpenAPI 3.0 document");

        Set<String> documented = documentedOperations(document);
        Set<String> served = new TreeSet<>();
        router.uriRoutes()
                .filter(route -> route.getUriMatchTemplate().toString().startsWith("/api/"))
                .forEach(route -> served.add(route.getHttpMethodName().toUpperCase() + " " + path(route.getUriMatchTemplate().toString())));
        // Micronaut answers HEAD wherever it answers GET; OpenAPI leaves that implicit
        served.removeIf(operation -> operation.startsWith("HEAD ") && served.contains("GET " + operation.substring(5)));
        assertFalse(served.isEmpty(), "the router lists the API's routes");

        Set<String> missing = new TreeSet<>(served);
        missing.removeAll(documented);
        assertTrue(missing.isEmpty(), "routes served but not in /openapi: " + missing);

        Set<String> unknown = new TreeSet<>(documented);
        unknown.removeAll(served);
        unknown.removeIf(operation -> operation.substring(operation.indexOf(' ') + 1).startsWith(NOT_YET_SERVED_PREFIX));
        assertTrue(unknown.isEmpty(), "documented but served by no controller (a typo?): " + unknown);
    }

    @Test
    void everyReferenceResolvesAndEveryOperationHasResponses() throws Exception {
        String text = get("/openapi").body();
        Map<String, Object> document = yaml(text);
        Matcher refs = Pattern.compile("\\$ref: '#/([^']+)'").matcher(text);
        List<String> broken = new ArrayList<>();
        while (refs.find()) {
            Object node = document;
            for (String key : refs.group(1).split("/")) {
                node = node instanceof Map<?, ?> map ? map.get(key) : null;
            }
            if (node == null) {
                broken.add(refs.group(1));
            }
        }
        assertTrue(broken.isEmpty(), "unresolved $ref: " + broken);
        operations(document).forEach((operation, body) ->
                assertTrue(body.get("responses") instanceof Map<?, ?> r && !r.isEmpty(), operation + " lists no responses"));
        Map<?, ?> schemes = (Map<?, ?>) ((Map<?, ?>) document.get("components")).get("securitySchemes");
        assertEquals("bearer", ((Map<?, ?>) schemes.get("bearer")).get("scheme"));
    }

    @Test
    void servesTheSameDocumentAsJson() throws Exception {
        HttpResponse<String> response = get("/openapi.json");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        // JSON is YAML, so the same parser reads both
        assertEquals(yaml(get("/openapi").body()), yaml(response.body()));
    }

    @Test
    void servesSwaggerUiFromTheAppItself() throws Exception {
        HttpResponse<String> page = get("/swagger-ui");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertFalse(Pattern.compile("(src|href)=\"[^\"]*//").matcher(page.body()).find(), "no asset from another host: " + page.body());

        Matcher scripts = Pattern.compile("<script src=\"([^\"]+)\"").matcher(page.body());
        List<String> sources = new ArrayList<>();
        while (scripts.find()) {
            sources.add(scripts.group(1));
        }
        assertTrue(sources.contains("swagger-ui/swagger-ui-bundle.js"), sources.toString());
        for (String source : sources) {
            HttpResponse<String> asset = get("/" + source);
            assertEquals(200, asset.statusCode(), source);
            assertTrue(asset.headers().firstValue("Content-Type").orElse("").contains("javascript"), source);
            assertFalse(asset.body().isBlank(), source);
        }
        Matcher styles = Pattern.compile("<link rel=\"stylesheet\" type=\"text/css\" href=\"([^\"]+)\"").matcher(page.body());
        while (styles.find()) {
            assertEquals(200, get("/" + styles.group(1)).statusCode(), styles.group(1));
        }
        // the page's own initializer points at this app's document, not the webjar's petstore example
        String init = get("/swagger-ui/troly-init.js").body();
        assertTrue(init.contains("url: \"openapi\""), init);
        assertEquals(404, get("/swagger-ui/swagger-initializer.js").statusCode());
        assertEquals(404, get("/swagger-ui/..%2F..%2Fapplication.yml").statusCode());
    }

    /** "POST /api/chat", one per documented operation. */
    private static Set<String> documentedOperations(Map<String, Object> document) {
        return new TreeSet<>(operations(document).keySet());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> operations(Map<String, Object> document) {
        Map<String, Map<String, Object>> operations = new java.util.TreeMap<>();
        ((Map<String, Object>) document.get("paths")).forEach((path, item) ->
                ((Map<String, Object>) item).forEach((method, body) -> {
                    if (METHODS.contains(method)) {
                        operations.put(method.toUpperCase() + " " + path, (Map<String, Object>) body);
                    }
                }));
        return operations;
    }

    /** A route template as OpenAPI writes its path: query parts ({?month}) are parameters, not part of the path. */
    static String path(String template) {
        return template.replaceAll("\\{[?&][^}]*}", "").replaceAll("(.)/$", "$1");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, Object> yaml(String text) {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    }
}
