package vn.troly.channels.web;

import io.micronaut.http.HttpStatus;

/** A request the API refuses, with a machine code and a Vietnamese message for the user. */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String code;

    public ApiException(HttpStatus status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public static ApiException unknownCommune(String id) {
        return new ApiException(HttpStatus.NOT_FOUND, "unknown_commune",
                "Không tìm thấy xã \"" + id + "\". Xem danh sách xã tại /api/communes.");
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }
}
