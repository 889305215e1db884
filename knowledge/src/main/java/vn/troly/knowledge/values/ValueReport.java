package vn.troly.knowledge.values;

/**
 * A value someone wants to record, before validation.
 *
 * @param indicatorId the indicator
 * @param value       what was written: "62,5", "62.5%", 62.5, "Đã triển khai", "có"
 * @param asOf        ISO date (yyyy-MM-dd), or null for today
 * @param source      where the figure comes from, or null
 * @param note        note, or null
 * @param reportedBy  who reports
 * @param channel     api, chat, excel, connector…
 */
public record ValueReport(String indicatorId, String value, String asOf, String source, String note, String reportedBy,
                          String channel) {
}
