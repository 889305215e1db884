package vn.troly.channels.web;

import io.micronaut.http.HttpStatus;
import vn.troly.knowledge.text.SafeText;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

/**
 * A text field a client may send, with its limit: every write endpoint checks its fields here, so one rule
 * ({@link SafeText}) decides, the refusal is always a 400 {@code invalid_field} naming the field, and nothing that the
 * database or a later reader would choke on is stored.
 *
 * @param name      the field as the client spells it (shown in the message)
 * @param max       the longest it may be, in characters; the database columns are at least this wide
 * @param multiline whether newlines and tabs are allowed
 */
public record Field(String name, int max, boolean multiline) {

    public static final Field QUESTION = new Field("text", 4000, true);
    public static final Field COMMUNE_HINT = new Field("commune", 100, false);
    public static final Field CONVERSATION_ID = new Field("conversationId", 400, false);
    public static final Field ACTION_ID = new Field("action.id", 100, false);
    public static final Field ACTION_NAME = new Field("action.name", 100, false);
    public static final Field ACTION_ARG = new Field("action.args", 500, false);
    public static final Field NOTE = new Field("note", 1000, true);
    public static final Field SOURCE = new Field("source", 500, false);
    public static final Field VALUE_TEXT = new Field("value", 500, false);
    public static final Field AS_OF = new Field("asOf", 30, false);
    public static final Field USER_NAME = new Field("name", 100, false);
    public static final Field ROLE = new Field("role", 30, false);
    public static final Field AGENCY_ID = new Field("agencyId", 100, false);
    public static final Field COMMUNE_ID = new Field("communeId", 100, false);
    public static final Field USER_ID = new Field("id", 100, false);
    public static final Field FILE_NAME = new Field("filename", 255, false);
    public static final Field PROVINCE = new Field("province", 100, false);

    /** The text itself when it may be stored; a 400 otherwise. Null passes: absent fields are each endpoint's business. */
    public String check(String text) {
        SafeText.check(text, max, multiline).ifPresent(problem -> {
            throw switch (problem) {
                case TOO_LONG -> invalid("invalid_field_too_long", "field", name, "max", max);
                case FORBIDDEN_CHARACTER -> invalid("invalid_field_character", "field", name);
            };
        });
        return text;
    }

    /** Every value of a map of arguments, checked as this field. */
    public Map<String, String> checkValues(Map<String, String> values) {
        if (values != null) {
            values.forEach((key, value) -> {
                check(key);
                check(value);
            });
        }
        return values;
    }

    /**
     * A {@code month} parameter: yyyy-MM with a year from 2000 to 2100, or {@code fallback} when absent. The refused text
     * is not echoed back: it may hold the very characters this rule keeps out of the answer.
     */
    public static YearMonth month(String text, YearMonth fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        return SafeText.month(text).orElseThrow(() -> invalid("invalid_month", "field", "month"));
    }

    /** A day parameter (yyyy-MM-dd, years 2000 to 2100); the fallback when absent. */
    public static LocalDate day(String text, String field, LocalDate fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        return SafeText.day(text).orElseThrow(() -> invalid("invalid_day", "field", field));
    }

    private static ApiException invalid(String key, Object... pairs) {
        return ApiException.of(HttpStatus.BAD_REQUEST, "invalid_field", key, pairs);
    }
}
