package vn.troly.channels.uploads;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import vn.troly.channels.web.ApiException;

import java.util.concurrent.Semaphore;

/**
 * At most {@link UploadLimits#maxConcurrent()} uploads parsed at once. Parsing a workbook or a plan is the costly
 * part of a request; five at once made the service stop answering, so the rest are told to come back rather than
 * queued behind them.
 */
@Singleton
public class UploadGate {

    /** Held while one upload is parsed; closing it lets the next one in. */
    public interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    private final Semaphore permits;
    private final int retryAfterSeconds;

    public UploadGate(UploadLimits limits) {
        this.permits = new Semaphore(Math.max(1, limits.maxConcurrent()));
        this.retryAfterSeconds = limits.retryAfterSeconds();
    }

    /** A permit, or a 503 with Retry-After when every permit is taken. */
    public Permit enter() {
        if (!permits.tryAcquire()) {
            throw ApiException.of(HttpStatus.SERVICE_UNAVAILABLE, "uploads_busy", "uploads_busy", "seconds", retryAfterSeconds)
                    .retryAfter(retryAfterSeconds);
        }
        return permits::release;
    }
}
