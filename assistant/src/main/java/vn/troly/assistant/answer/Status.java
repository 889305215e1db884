package vn.troly.assistant.answer;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/**
 * How a question ended: answered, or stopped by a step with a typed reason. CONFIRMATION_NEEDED: a value waits for the
 * reporter's "có" or "không" (channels offer buttons for it).
 */
public enum Status {
    ANSWERED, CLARIFICATION_NEEDED, CONFIRMATION_NEEDED, NOT_IN_PLAN, NO_DATA, OUT_OF_SCOPE, REFUSED, ERROR;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
