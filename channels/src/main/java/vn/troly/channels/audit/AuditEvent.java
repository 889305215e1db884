package vn.troly.channels.audit;

import java.time.Instant;

/**
 * One recorded action: a question, an answer, a tool call or a value change.
 *
 * @param userId registered user id, or null for an anonymous citizen
 * @param kind   question, answer, tool or value
 * @param detail what was asked, answered, called or stored, with personal data masked
 */
public record AuditEvent(long id, Instant at, String userId, String role, String channel, String communeId, String kind,
                         String detail) {

    public static final String QUESTION = "question";
    public static final String ANSWER = "answer";
    public static final String TOOL = "tool";
    public static final String VALUE = "value";
}
