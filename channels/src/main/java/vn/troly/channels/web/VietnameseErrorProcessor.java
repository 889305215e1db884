package vn.troly.channels.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.Locale;

/**
 * Every error the framework itself produces (malformed JSON, unknown route, body too large…) answered as
 * `{"error", "message"}` with a Vietnamese message and never a stack trace.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
public class VietnameseErrorProcessor implements ErrorResponseProcessor<ApiError> {

    private static final Logger LOG = LoggerFactory.getLogger(VietnameseErrorProcessor.class);

    private final String tooLarge;

    /** The limits come from the server's configuration, so the message tells the user the ones actually in force. */
    public VietnameseErrorProcessor(
            @Value("${micronaut.server.max-request-buffer-size:10MB}") String bufferLimit,
            @Value("${micronaut.server.multipart.max-file-size:1MB}") String uploadLimit) {
        this.tooLarge = ApiException.message("too_large", "body_limit", readable(bufferLimit), "upload_limit", readable(uploadLimit));
    }

    @Override
    public MutableHttpResponse<ApiError> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        if (status.getCode() >= 500) {
            context.getRootCause().ifPresent(e -> LOG.error("request {} failed", context.getRequest().getPath(), e));
        }
        if (status == HttpStatus.REQUEST_ENTITY_TOO_LARGE && tooLongHead(context)) {
            // Netty refuses an over-long request line or header block with 413 too; the body limits would mislead
            return response.status(HttpStatus.REQUEST_URI_TOO_LONG).contentType(MediaType.APPLICATION_JSON_TYPE)
                    .body(new ApiError("uri_too_long", ApiException.message("head_too_long")));
        }
        ApiError body = switch (status) {
            case BAD_REQUEST -> error("bad_request");
            case UNAUTHORIZED -> error("unauthorized");
            case FORBIDDEN -> error("forbidden");
            case NOT_FOUND -> error("not_found");
            case METHOD_NOT_ALLOWED -> error("method_not_allowed");
            case NOT_ACCEPTABLE -> error("not_acceptable");
            case REQUEST_ENTITY_TOO_LARGE -> new ApiError("too_large", tooLarge);
            case REQUEST_URI_TOO_LONG -> error("uri_too_long");
            case UNSUPPORTED_MEDIA_TYPE -> error("unsupported_media_type");
            case TOO_MANY_REQUESTS -> error("rate_limited");
            default -> status.getCode() >= 500 ? error("internal_error")
                    : new ApiError("error", ApiException.message("other_error", "status", status.getCode()));
        };
        if (status == HttpStatus.REQUEST_ENTITY_TOO_LARGE) {
            // The server stops reading the oversized body; a client that sends the whole body before it reads the
            // answer (java.net.http does) would otherwise wait for the idle timeout. Closing ends the upload at once.
            response.header(HttpHeaders.CONNECTION, "close");
        }
        return response.contentType(MediaType.APPLICATION_JSON_TYPE).body(body);
    }

    /** The error code is also the key of its wording in prompts/api.yml. */
    private static ApiError error(String code) {
        return new ApiError(code, ApiException.message(code));
    }

    /**
     * Netty refuses a request line or header block over its limits before Micronaut sees the request, and Micronaut
     * answers 413 without the cause; the request it reports then is Netty's stand-in, {@code GET /bad-request}.
     */
    private static boolean tooLongHead(ErrorContext context) {
        return context.getRootCause().isEmpty() && "/bad-request".equals(context.getRequest().getPath());
    }

    /** "1MB" → "1 MB", "10485760" → "10 MB": sizes as a person writes them. */
    static String readable(String size) {
        String s = size.strip().toUpperCase(Locale.ROOT);
        if (s.matches("\\d+")) {
            long bytes = Long.parseLong(s);
            return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB"
                    : bytes % 1024 == 0 ? bytes / 1024 + " kB" : bytes + " byte";
        }
        return s.replaceAll("^(\\d+)\\s*([KMG]B)$", "$1 $2").replace("KB", "kB");
    }
}
