package vn.troly.channels.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Headers that keep browsers from running or leaking what the app serves: nothing is sniffed into another type, no
 * address leaves in a Referer, and only the page's own script and style run. Answers, plan text and reporter names
 * are data people typed; the page shows them as text, and the policy makes sure nothing injected would run anyway.
 */
@ServerFilter(Filter.MATCH_ALL_PATTERN)
public class SecurityHeaders {

    /** The chat page: its own app.js and app.css, the chart as a blob, API calls to itself; nothing inline. */
    static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob:; "
            + "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    /** Swagger UI, a third-party page served from the webjar, sets inline styles and data: icons. */
    static final String DOCS_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    /** JSON, images, documents, scripts: never a page, so nothing in them may load or run anything. */
    static final String DATA_POLICY = "default-src 'none'; frame-ancestors 'none'";

    @ResponseFilter
    public void secure(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.header("X-Content-Type-Options", "nosniff");
        response.header("Referrer-Policy", "no-referrer");
        response.header("X-Frame-Options", "DENY");
        response.header("Content-Security-Policy", policy(request, response));
    }

    private static String policy(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String path = request.getPath();
        boolean html = response.getContentType().map(t -> t.matches(MediaType.TEXT_HTML_TYPE)).orElse(false)
                || path.equals("/") || path.endsWith(".html");
        if (!html) {
            return DATA_POLICY;
        }
        return path.startsWith("/swagger-ui") ? DOCS_POLICY : PAGE_POLICY;
    }
}
