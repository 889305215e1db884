package vn.troly.channels.limits;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A request path as a route: decoded, without its query, with runs of slashes collapsed, no trailing slash and in
 * lower case. "/api/chat/", "//api/chat", "/API/chat", "/api/chat?x=1" and "/api/%63hat" are all "/api/chat", so a
 * limit keyed on the route cannot be stepped around by spelling the path differently.
 */
public final class RoutePath {

    private RoutePath() {
    }

    public static String of(String path) {
        if (path == null || path.isEmpty()) {
            return "/";
        }
        int query = path.indexOf('?');
        String p = query >= 0 ? path.substring(0, query) : path;
        try {
            // "+" is a literal in a path, not a space as in a form
            p = URLDecoder.decode(p.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            // a stray "%" decodes to nothing sensible; the path is matched as written
        }
        p = p.replaceAll("/{2,}", "/").toLowerCase(Locale.ROOT);
        while (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p.startsWith("/") ? p : "/" + p;
    }
}
