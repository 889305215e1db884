package vn.troly.channels.identity;

import vn.troly.assistant.answer.Caller;
import vn.troly.assistant.answer.Role;

import java.time.Instant;

/**
 * A registered person: an official or leader of a commune's agency, or an admin.
 *
 * @param telegramUserId the Telegram account that speaks for them, or null
 */
public record User(String id, String name, Role role, String agencyId, String communeId, Long telegramUserId,
                   boolean active, Instant createdAt) {

    public Caller caller() {
        return new Caller(id, name, role, agencyId, communeId);
    }
}
