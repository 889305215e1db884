package vn.troly.channels.zalo;

/** A call to Zalo that failed: an error code in the body (Zalo answers errors with HTTP 200), or no usable answer. */
final class ZaloException extends RuntimeException {

    /** The error code of the body, or 0 when there was no body to read (network, HTTP status). */
    private final int code;

    ZaloException(int code, String message) {
        super(message);
        this.code = code;
    }

    ZaloException(String message, Throwable cause) {
        super(message, cause);
        this.code = 0;
    }

    int code() {
        return code;
    }
}
