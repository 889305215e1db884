package vn.troly.channels.zalo;

import vn.troly.assistant.engine.Conversations;

import java.util.List;
import java.util.Optional;

/**
 * The commune each Zalo user asks about: the one their last answer was about, else the commune the OA speaks for.
 * Kept in the shared conversation store like a Telegram chat's, under keys of its own.
 */
final class ZaloCommunes {

    private final Conversations choices;
    private final String oaCommune;

    ZaloCommunes(Conversations.Store store, String oaCommune) {
        this.choices = new Conversations(store);
        this.oaCommune = oaCommune == null || oaCommune.isBlank() ? null : oaCommune;
    }

    Optional<String> get(String userId) {
        String chosen = choices.get(key(userId)).communeId();
        return Optional.ofNullable(chosen != null ? chosen : oaCommune);
    }

    void set(String userId, String communeId) {
        choices.put(key(userId), new Conversations.State(communeId, null, null, null, null, List.of()));
    }

    private static String key(String userId) {
        return "zl-commune-" + userId;
    }
}
