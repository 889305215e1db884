package vn.troly.knowledge.values;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One reported value of an indicator, as stored.
 *
 * @param id          row id (the value report's id in citations)
 * @param indicatorId the indicator
 * @param communeId   its commune
 * @param value       the number, or null for a qualitative report
 * @param text        the qualitative status ("Đã triển khai"), or null
 * @param unit        unit as reported, or null
 * @param asOf        the date the value describes
 * @param reportedBy  who reported it
 * @param channel     api, chat, excel, connector…
 * @param source      where the figure comes from, or null
 * @param note        note, or null
 * @param suspect     flagged by the deviation check
 * @param recordedAt  when it was stored
 */
public record IndicatorValue(long id, String indicatorId, String communeId, Double value, String text, String unit,
                             LocalDate asOf, String reportedBy, String channel, String source, String note,
                             boolean suspect, Instant recordedAt) {
}
