package vn.troly.channels.zalo;

import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The OA access token for every call: refreshed ahead of its expiry, or when Zalo refuses it, by one thread at a time
 * (the refresh token works once: two threads refreshing together would leave one of them, and maybe the OA, without a
 * working token), and kept in the database before it is used.
 */
final class ZaloTokens {

    private static final Logger LOG = LoggerFactory.getLogger(ZaloTokens.class);
    static final String PATH = "/v4/oa/access_token";

    private final ZaloSettings settings;
    private final ZaloHttp http;
    private final ZaloTokenStore store;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final AtomicLong refreshes = new AtomicLong();
    private volatile ZaloToken cached;

    ZaloTokens(ZaloSettings settings, ZaloHttp http, ZaloTokenStore store, Clock clock) {
        this.settings = settings;
        this.http = http;
        this.store = store;
        this.clock = clock;
    }

    /** An access token good for a call now; refreshes first when it would expire within the configured margin. */
    String current() {
        ZaloToken token = cached;
        if (usable(token, null)) {
            return token.access();
        }
        return renew(null);
    }

    /**
     * Another token after Zalo refused {@code refused} (expired or revoked before its time). Threads that saw the same
     * refusal together get one refresh between them: the first refreshes, the others find the new token.
     */
    String rejected(String refused) {
        return renew(refused);
    }

    /** Refreshes made so far (for metrics and tests). */
    long refreshes() {
        return refreshes.get();
    }

    private String renew(String refused) {
        lock.lock();
        try {
            ZaloToken token = cached;
            if (usable(token, refused)) {
                return token.access();
            }
            // the database may hold a pair another replica (or this one before a restart) already refreshed
            cached = store.refreshUnlessGood(settings.refreshToken(), stored -> usable(stored, refused), this::exchange);
            return cached.access();
        } finally {
            lock.unlock();
        }
    }

    private boolean usable(ZaloToken token, String refused) {
        return token != null && token.freshAt(clock.instant().plus(settings.refreshAhead()))
                && (refused == null || !refused.equals(token.access()));
    }

    /** POST {oauth}/v4/oa/access_token: the app's secret as a header, the refresh token in the form. */
    private ZaloToken exchange(String refreshToken) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("app_id", settings.appId());
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", refreshToken);
        JsonNode answer = http.postForm(settings.oauth(PATH), Map.of("secret_key", settings.appSecret()), form);
        String access = answer.path("access_token").asText("");
        String refresh = answer.path("refresh_token").asText("");
        if (access.isEmpty() || refresh.isEmpty()) {
            int error = answer.path("error").asInt(0);
            LOG.error("Zalo refused to refresh the OA token (error {}: {}); if this lasts, authorise the OA again and set ZALO_REFRESH_TOKEN",
                    error, answer.path("error_name").asText(answer.path("message").asText("")));
            throw new ZaloException(error, "token refresh refused");
        }
        // expires_in comes as a string of seconds ("90000"); a missing or odd one is treated as already short-lived
        long seconds = parseSeconds(answer.path("expires_in"));
        refreshes.incrementAndGet();
        LOG.info("Zalo OA token refreshed; valid for {} s", seconds);
        return new ZaloToken(access, refresh, Instant.now(clock).plusSeconds(seconds));
    }

    private static long parseSeconds(JsonNode node) {
        try {
            return Math.max(0, Long.parseLong(node.asText("0").strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
