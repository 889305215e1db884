package vn.troly.channels.web;

import io.micronaut.http.HttpStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** A query parameter that bounds a period: a date (the whole day, local time) or an ISO instant. */
public final class QueryInstant {

    private QueryInstant() {
    }

    /**
     * @param endOfDay whether a date stands for the end of that day (an upper bound) rather than its start
     * @return the instant, or null when none is given
     */
    public static Instant of(String text, boolean endOfDay, ZoneId zone) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
            }
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiException.of(HttpStatus.BAD_REQUEST, "bad_date", "bad_date", "text", text);
        }
    }
}
