package vn.troly.channels.web;

import io.micronaut.http.HttpStatus;
import vn.troly.assistant.prompt.Prompts;

/** A request the API refuses, with a machine code and a Vietnamese message for the user. */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private Integer retryAfterSeconds;

    public ApiException(HttpStatus status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    /** The wording of prompts/api.yml: messages are data, not code. */
    private static final Prompts TEXTS = new Prompts("api.yml");

    /** A refusal whose Vietnamese message is the prompts/api.yml template {@code key}, filled with name, value pairs. */
    public static ApiException of(HttpStatus status, String code, String key, Object... pairs) {
        return new ApiException(status, code, message(key, pairs));
    }

    /** The prompts/api.yml template {@code key} filled with name, value pairs. */
    public static String message(String key, Object... pairs) {
        return TEXTS.render(key, pairs);
    }

    public static ApiException unknownCommune(String id) {
        return of(HttpStatus.NOT_FOUND, "unknown_commune", "unknown_commune", "id", id);
    }

    /** Asks the client to come back after this many seconds (a Retry-After header): the refusal is for now only. */
    public ApiException retryAfter(int seconds) {
        retryAfterSeconds = seconds;
        return this;
    }

    /** Null when the refusal stands whenever the request is sent again. */
    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }
}
