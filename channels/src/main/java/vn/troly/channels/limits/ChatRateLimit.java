package vn.troly.channels.limits;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import vn.troly.assistant.prompt.Prompts;
import vn.troly.channels.identity.Access;
import vn.troly.channels.web.ApiError;
import vn.troly.channels.web.ApiException;

import java.net.InetSocketAddress;
import java.time.Clock;

/**
 * Limits chat questions per signed-in user, or per address for citizens, with a polite 429. The filter sees every
 * request and matches the route itself: a path pattern matches the literal path, and the router also accepts
 * "/api/chat/" and others that a pattern would let through unlimited.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class ChatRateLimit {

    static final String ROUTE = "/api/chat";

    private final RateLimiter limiter;
    private final Access access;
    private final Prompts texts = new Prompts("limits.yml");

    public ChatRateLimit(@Value("${assistant.rate-limit.per-user-per-minute:30}") int perMinute, Access access, Clock clock) {
        this.limiter = new RateLimiter(perMinute, clock);
        this.access = access;
    }

    // the caller's token is looked up in the database: never on the event loop
    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    public HttpResponse<ApiError> limit(HttpRequest<?> request) {
        if (!ROUTE.equals(RoutePath.of(request.getPath()))) {
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

    private String key(HttpRequest<?> request) {
        try {
            String user = access.caller(request).userId();
            if (user != null) {
                return "user:" + user;
            }
        } catch (ApiException invalidToken) {
            // the controller answers 401; the address still counts
        }
        InetSocketAddress remote = request.getRemoteAddress();
        return "addr:" + (remote.getAddress() == null ? remote.getHostString() : remote.getAddress().getHostAddress());
    }
}
