package vn.troly.channels.zalo;

import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.troly.channels.output.Attachment;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Customer-service messages through the OA API v3.0. Zalo answers errors with HTTP 200 and an error code in the body:
 * a refused token is refreshed once and the message sent again; a rate limit (-32) and a failed call are retried with
 * a doubling pause; a person outside the window in which an OA may write to them is logged and skipped, since trying
 * again cannot help.
 */
final class ZaloApi {

    private static final Logger LOG = LoggerFactory.getLogger(ZaloApi.class);
    static final String MESSAGE_PATH = "/v3.0/oa/message/cs";
    /** Uploads (still under v2.0 in the OA API): an image gives an attachment_id, a PDF/DOC/DOCX file a token. */
    static final String IMAGE_UPLOAD_PATH = "/v2.0/oa/upload/image";
    static final String FILE_UPLOAD_PATH = "/v2.0/oa/upload/file";
    static final int RATE_LIMITED = -32;
    /** Not Zalo's: the call got no JSON answer at all. */
    private static final int NO_ANSWER = Integer.MIN_VALUE;
    /** The access token is invalid (-216) or has expired (-124). */
    static final Set<Integer> TOKEN_REFUSED = Set.of(-216, -124);
    /** The person has not written to the OA recently enough (-213, -230) or does not follow it (-201). */
    static final Set<Integer> OUTSIDE_WINDOW = Set.of(-213, -201, -230);

    private final ZaloSettings settings;
    private final ZaloHttp http;
    private final ZaloTokens tokens;
    private final AtomicLong failures = new AtomicLong();

    ZaloApi(ZaloSettings settings, ZaloHttp http, ZaloTokens tokens) {
        this.settings = settings;
        this.http = http;
        this.tokens = tokens;
    }

    /** Messages given up so far (for metrics). */
    long failures() {
        return failures.get();
    }

    /** Posts one message ({"recipient":…, "message":…}); true when Zalo accepted it. */
    boolean send(JsonNode message) {
        return call(token -> http.postJson(settings.api(MESSAGE_PATH), Map.of("access_token", token), message)).isPresent();
    }

    /**
     * Uploads an image (the chart) or a file (the report) for a message to refer to: the image's attachment_id or the
     * file's token; empty when Zalo did not take it.
     */
    Optional<String> upload(Attachment file) {
        String path = file.image() ? IMAGE_UPLOAD_PATH : FILE_UPLOAD_PATH;
        return call(token -> http.postFile(settings.api(path), Map.of("access_token", token), file.fileName(), file.mediaType(), file.bytes()))
                .map(answer -> answer.path("data").path(file.image() ? "attachment_id" : "token").asText(""))
                .filter(id -> !id.isEmpty());
    }

    /** Runs a call with the current token and the retries below; Zalo's answer when it succeeded. */
    private Optional<JsonNode> call(Function<String, JsonNode> request) {
        boolean refreshed = false;
        int attempt = 0;
        while (true) {
            attempt++;
            int error;
            String detail;
            String token = null;
            try {
                token = tokens.current();
                JsonNode answer = request.apply(token);
                error = answer.path("error").asInt(0);
                if (error == 0) {
                    return Optional.of(answer);
                }
                detail = answer.path("message").asText("");
            } catch (ZaloException e) {
                // no body to read (network, HTTP status) is worth another try; a refused token refresh is not
                error = e.code() == 0 ? NO_ANSWER : e.code();
                detail = e.getMessage();
            }
            if (TOKEN_REFUSED.contains(error) && token != null && !refreshed) {
                refreshed = true;
                attempt--;
                try {
                    tokens.rejected(token);
                } catch (ZaloException e) {
                    giveUp(e.code(), e.getMessage());
                    return Optional.empty();
                }
                continue;
            }
            if (OUTSIDE_WINDOW.contains(error)) {
                LOG.info("Zalo message not sent: the person is outside the OA's messaging window (error {}: {})", error, detail);
                return Optional.empty();
            }
            if ((error != RATE_LIMITED && error != NO_ANSWER) || attempt >= settings.maxAttempts()) {
                giveUp(error, detail);
                return Optional.empty();
            }
            pause(attempt);
        }
    }

    private void giveUp(int error, String detail) {
        failures.incrementAndGet();
        LOG.warn("Zalo call given up (error {}: {})", error, detail);
    }

    private void pause(int attempt) {
        Duration wait = settings.retryBase().multipliedBy(1L << Math.min(attempt - 1, 6));
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
