package vn.troly.channels.limits;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per key (a user, a chat, an address): up to {@code perMinute} messages in a burst, refilled evenly
 * over the minute. One flooding client is refused cheaply and nobody else notices.
 */
public final class RateLimiter {

    /** Past this many keys, buckets that have refilled completely are forgotten. */
    private static final int SWEEP_AT = 10_000;

    private final int perMinute;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        double tokens;
        long updatedMillis;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updatedMillis = now;
        }
    }

    /** {@code perMinute <= 0} turns the limit off. */
    public RateLimiter(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** Takes one message from the key's bucket; false when it is empty. */
    public boolean tryAcquire(String key) {
        if (perMinute <= 0) {
            return true;
        }
        long now = clock.millis();
        if (buckets.size() > SWEEP_AT) {
            buckets.values().removeIf(b -> refilled(b, now) >= perMinute);
        }
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(perMinute, now));
        synchronized (bucket) {
            bucket.tokens = refilled(bucket, now);
            bucket.updatedMillis = now;
            if (bucket.tokens < 1) {
                return false;
            }
            bucket.tokens -= 1;
            return true;
        }
    }

    /** Seconds until the key may send again (at least 1), for Retry-After. */
    public long retryAfterSeconds(String key) {
        Bucket bucket = buckets.get(key);
        if (bucket == null || perMinute <= 0) {
            return 1;
        }
        synchronized (bucket) {
            double missing = 1 - refilled(bucket, clock.millis());
            return Math.max(1, (long) Math.ceil(missing * 60.0 / perMinute));
        }
    }

    private double refilled(Bucket b, long now) {
        return Math.min(perMinute, b.tokens + (now - b.updatedMillis) * perMinute / 60_000.0);
    }
}
