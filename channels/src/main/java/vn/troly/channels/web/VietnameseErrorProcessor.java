package vn.troly.channels.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every error the framework itself produces (malformed JSON, unknown route, body too large…) answered as
 * `{"error", "message"}` with a Vietnamese message and never a stack trace.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
public class VietnameseErrorProcessor implements ErrorResponseProcessor<ApiError> {

    private static final Logger LOG = LoggerFactory.getLogger(VietnameseErrorProcessor.class);

    @Override
    public MutableHttpResponse<ApiError> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        if (status.getCode() >= 500) {
            context.getRootCause().ifPresent(e -> LOG.error("request {} failed", context.getRequest().getPath(), e));
        }
        ApiError body = switch (status) {
            case BAD_REQUEST -> new ApiError("bad_request",
                    "Yêu cầu không hợp lệ: dữ liệu gửi lên sai định dạng hoặc thiếu trường bắt buộc.");
            case UNAUTHORIZED -> new ApiError("unauthorized", "Bạn cần đăng nhập (mã truy cập) để thực hiện thao tác này.");
            case FORBIDDEN -> new ApiError("forbidden", "Bạn không có quyền thực hiện thao tác này.");
            case NOT_FOUND -> new ApiError("not_found", "Không tìm thấy địa chỉ được yêu cầu.");
            case METHOD_NOT_ALLOWED -> new ApiError("method_not_allowed", "Phương thức này không được hỗ trợ tại địa chỉ này.");
            case REQUEST_ENTITY_TOO_LARGE -> new ApiError("too_large", "Dữ liệu gửi lên quá lớn.");
            case UNSUPPORTED_MEDIA_TYPE -> new ApiError("unsupported_media_type",
                    "Định dạng dữ liệu không được hỗ trợ (hãy gửi JSON hoặc tệp đính kèm).");
            case TOO_MANY_REQUESTS -> new ApiError("rate_limited", "Bạn gửi quá nhiều yêu cầu, vui lòng thử lại sau ít phút.");
            default -> status.getCode() >= 500
                    ? new ApiError("internal_error", "Hệ thống gặp sự cố, vui lòng thử lại sau.")
                    : new ApiError("error", "Yêu cầu không thực hiện được (mã " + status.getCode() + ").");
        };
        return response.contentType(MediaType.APPLICATION_JSON_TYPE).body(body);
    }
}
