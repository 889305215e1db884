package vn.troly.channels.web;

import io.micronaut.core.reflect.exception.InstantiationException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Arrays;

/**
 * A JSON body of the wrong shape for a record (an array or a bare number where an object is expected, e.g.
 * {@code [1,2]} to {@code /api/chat}) fails inside Micronaut's introspection with an {@link InstantiationException}
 * that no built-in handler maps, so it would be a 500. It is the client's mistake: 400 in the usual format.
 */
@Produces
@Singleton
public class BodyBindingErrorHandler implements ExceptionHandler<InstantiationException, HttpResponse<ApiError>> {

    private static final Logger LOG = LoggerFactory.getLogger(BodyBindingErrorHandler.class);

    @Override
    public HttpResponse<ApiError> handle(HttpRequest request, InstantiationException exception) {
        if (fromJsonBody(exception)) {
            return HttpResponse.<ApiError>status(HttpStatus.BAD_REQUEST).body(new ApiError("bad_request",
                    ApiException.message("bad_json_shape")));
        }
        // anything else is ours: logged in full, answered without details
        LOG.error("request {} failed", request.getPath(), exception);
        return HttpResponse.<ApiError>status(HttpStatus.INTERNAL_SERVER_ERROR)
                .body(new ApiError("internal_error", ApiException.message("internal_error")));
    }

    private static boolean fromJsonBody(Throwable exception) {
        return Arrays.stream(exception.getStackTrace()).anyMatch(frame -> frame.getClassName().startsWith("com.fasterxml.jackson.databind."));
    }
}
