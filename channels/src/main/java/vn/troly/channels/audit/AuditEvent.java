package vn.troly.channels.audit;

import vn.troly.knowledge.text.PersonalData;
import vn.troly.knowledge.text.SafeText;

import java.time.Instant;

/**
 * One recorded action: a question, an answer, a tool call or a value change. Every field is cleaned and cut to its
 * column when the event is made: a row the database would refuse (a NUL on PostgreSQL, a commune hint longer than its
 * column) must never take its batch neighbours with it, and a lone surrogate stored once would make every later read
 * of the trail invalid JSON.
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

    /** The widths of the audit_event columns (V4__audit_events.sql). */
    static final int MAX_USER_ID = 40;
    static final int MAX_ROLE = 20;
    static final int MAX_CHANNEL = 30;
    static final int MAX_COMMUNE_ID = 100;
    static final int MAX_KIND = 20;
    static final int MAX_DETAIL = 8000;

    public AuditEvent {
        userId = SafeText.clean(userId, MAX_USER_ID, false);
        role = SafeText.clean(role == null ? "unknown" : role, MAX_ROLE, false);
        channel = SafeText.clean(channel == null ? "unknown" : channel, MAX_CHANNEL, false);
        communeId = SafeText.clean(communeId, MAX_COMMUNE_ID, false);
        kind = SafeText.clean(kind == null ? "unknown" : kind, MAX_KIND, false);
        // masked before it is cut, so the cut is the last change and never splits what masking inserted
        detail = SafeText.clean(PersonalData.mask(detail == null ? "" : detail), MAX_DETAIL, true);
    }
}
