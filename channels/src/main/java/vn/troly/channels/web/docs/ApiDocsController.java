package vn.troly.channels.web.docs;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import vn.troly.channels.web.ApiException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * The API's contract: the hand-written OpenAPI document at {@code /openapi} (and {@code /openapi.json}), and Swagger UI
 * at {@code /swagger-ui}, every file of it served from the webjar on the classpath so the page works offline.
 */
@Controller
public class ApiDocsController {

    static final String SPEC = "openapi/troly-so-xa.yml";
    private static final String WEBJAR_POM = "META-INF/maven/org.webjars/swagger-ui/pom.properties";
    private static final String APPLICATION_YAML = "application/yaml";

    /** Only plain file names of the webjar's top folder: no path separators, so nothing outside it can be asked for. */
    private static final Pattern ASSET = Pattern.compile("[a-z0-9-]+\\.(js|css|png)");
    /** The webjar's own initializer points at the public petstore; the page uses {@link #INIT} instead. */
    private static final Set<String> NOT_SERVED = Set.of("swagger-initializer.js");
    private static final String INIT = "troly-init.js";

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="vi">
            <head>
              <meta charset="UTF-8">
              <title>Trợ lý số xã — tài liệu API</title>
              <link rel="stylesheet" type="text/css" href="swagger-ui/swagger-ui.css">
              <link rel="stylesheet" type="text/css" href="swagger-ui/index.css">
              <link rel="icon" type="image/png" href="swagger-ui/favicon-32x32.png" sizes="32x32">
            </head>
            <body>
              <div id="swagger-ui"></div>
              <script src="swagger-ui/swagger-ui-bundle.js" charset="UTF-8"></script>
              <script src="swagger-ui/swagger-ui-standalone-preset.js" charset="UTF-8"></script>
              <script src="swagger-ui/troly-init.js" charset="UTF-8"></script>
            </body>
            </html>
            """;

    // Relative URL: the page lives at /swagger-ui, so "openapi" is /openapi, also behind a proxy that adds a prefix.
    // validatorUrl null: Swagger UI would otherwise send the document to an outside validator.
    private static final String INIT_SCRIPT = """
            window.onload = function () {
              window.ui = SwaggerUIBundle({
                url: "openapi",
                dom_id: "#swagger-ui",
                deepLinking: true,
                validatorUrl: null,
                presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
                plugins: [SwaggerUIBundle.plugins.DownloadUrl],
                layout: "StandaloneLayout"
              });
            };
            """;

    private final byte[] yaml;
    private final byte[] json;
    private final String webjarFolder;

    public ApiDocsController() {
        yaml = resource(SPEC).orElseThrow(() -> new IllegalStateException("missing " + SPEC));
        json = toJson(yaml);
        webjarFolder = resource(WEBJAR_POM).map(ApiDocsController::webjarFolder).orElse(null);
    }

    @Get(value = "/openapi", produces = APPLICATION_YAML)
    public HttpResponse<byte[]> openApiYaml() {
        return HttpResponse.ok(yaml).contentType(APPLICATION_YAML + ";charset=utf-8");
    }

    @Get(value = "/openapi.json", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<byte[]> openApiJson() {
        return HttpResponse.ok(json).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    @Get(value = "/swagger-ui", produces = MediaType.TEXT_HTML)
    public HttpResponse<String> swaggerUi(HttpRequest<?> request) {
        if (request.getPath().endsWith("/")) {
            // the page's links are relative to /swagger-ui; from /swagger-ui/ they would miss the assets
            return HttpResponse.<String>status(HttpStatus.MOVED_PERMANENTLY).header("Location", "../swagger-ui");
        }
        return HttpResponse.ok(PAGE).contentType(MediaType.TEXT_HTML + ";charset=utf-8");
    }

    @Get("/swagger-ui/{file}")
    public HttpResponse<byte[]> swaggerUiAsset(@PathVariable String file) {
        if (file.equals(INIT)) {
            return HttpResponse.ok(INIT_SCRIPT.getBytes(StandardCharsets.UTF_8))
                    .contentType("application/javascript;charset=utf-8");
        }
        if (webjarFolder == null || !ASSET.matcher(file).matches() || NOT_SERVED.contains(file)) {
            throw notFound(file);
        }
        byte[] body = resource(webjarFolder + file).orElseThrow(() -> notFound(file));
        return HttpResponse.ok(body).contentType(contentType(file))
                // the folder is versioned by the webjar, so a day of caching never serves a stale file for long
                .header("Cache-Control", "public, max-age=86400");
    }

    private static ApiException notFound(String file) {
        return ApiException.of(HttpStatus.NOT_FOUND, "not_found", "unknown_doc_file", "file", file);
    }

    private static String contentType(String file) {
        if (file.endsWith(".js")) {
            return "application/javascript;charset=utf-8";
        }
        return file.endsWith(".css") ? "text/css;charset=utf-8" : MediaType.IMAGE_PNG;
    }

    /** The webjar keeps its files under a folder named after its version, read from its Maven metadata. */
    private static String webjarFolder(byte[] pomProperties) {
        Properties properties = new Properties();
        try {
            properties.load(new ByteArrayInputStream(pomProperties));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "META-INF/resources/webjars/swagger-ui/" + properties.getProperty("version") + "/";
    }

    @SuppressWarnings("unchecked")
    static byte[] toJson(byte[] yaml) {
        Map<String, Object> document = new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(new ByteArrayInputStream(yaml));
        try {
            return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<byte[]> resource(String path) {
        try (InputStream in = ApiDocsController.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
