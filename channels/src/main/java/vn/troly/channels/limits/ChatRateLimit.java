package vn.troly.channels.limits;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import vn.troly.assistant.prompt.Prompts;
import vn.troly.channels.web.ApiError;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;

/**
 * Limits chat questions (and hand-overs to officials) per signed-in user (their token), or per address for citizens, with a polite 429. The filter
 * sees every request and matches the route itself: a path pattern matches the literal path, and the router also
 * accepts "/api/chat/" and others that a pattern would let through unlimited. It does no blocking work, so it runs on
 * the event loop for every request: a user is counted by their token, not looked up (an unknown token gets its 401
 * from the controller, and is still counted).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class ChatRateLimit {

    static final String ROUTE = "/api/chat";
    /** Handing a question to officials posts to their group, so it is counted with the questions (its polls are not). */
    static final String HANDOVER_ROUTE = "/api/handover";
    private static final String BEARER = "Bearer ";

    private final RateLimiter limiter;
    private final Prompts texts = new Prompts("limits.yml");

    public ChatRateLimit(@Value("${assistant.rate-limit.per-user-per-minute:30}") int perMinute, Clock clock) {
        this.limiter = new RateLimiter(perMinute, clock);
    }

    @RequestFilter
    @Nullable
    public HttpResponse<ApiError> limit(HttpRequest<?> request) {
        String route = RoutePath.of(request.getPath());
        boolean handOver = HANDOVER_ROUTE.equals(route) && HttpMethod.POST.equals(request.getMethod());
        if (!ROUTE.equals(route) && !handOver) {
            return null;
        }
        String key = key(request);
        if (limiter.tryAcquire(key)) {
            return null;
        }
        long wait = limiter.retryAfterSeconds(key);
        return HttpResponse.<ApiError>status(HttpStatus.TOO_MANY_REQUESTS)
                .header("Retry-After", String.valueOf(wait))
                .body(new ApiError("rate_limited", texts.render("rate_limited", "seconds", wait)));
    }

    private static String key(HttpRequest<?> request) {
        String authorization = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.startsWith(BEARER) && authorization.length() > BEARER.length()) {
            // the token's digest, so the limiter never holds a token
            return "token:" + digest(authorization.substring(BEARER.length()).strip());
        }
        InetSocketAddress remote = request.getRemoteAddress();
        return "addr:" + (remote.getAddress() == null ? remote.getHostString() : remote.getAddress().getHostAddress());
    }

    private static String digest(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
