package vn.troly.channels.telegram;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.troly.assistant.engine.Conversations;

import java.util.List;
import java.util.Optional;

/**
 * The commune each chat chose (/xa, a commune button, or the commune its last answer was about). Kept in the shared
 * conversation store when there is one, under a key of its own, so that every webhook replica (and a restarted one)
 * knows it; in memory otherwise. Like any conversation it is forgotten after a long silence.
 */
@Singleton
public class ChatCommunes {

    /** The same keeping as conversations': the shared store when there is one, else bounded memory. */
    private final Conversations choices;

    public ChatCommunes(@Nullable Conversations.Store store) {
        this.choices = new Conversations(store);
    }

    public Optional<String> get(long chatId) {
        return Optional.ofNullable(choices.get(key(chatId)).communeId());
    }

    /** Written at every answer, so an active chat's choice does not expire with old conversations. */
    public void set(long chatId, String communeId) {
        choices.put(key(chatId), new Conversations.State(communeId, null, null, null, null, List.of()));
    }

    /** Not a conversation id the bot uses ("tg-{chat}" and "tg-{chat}-{user}"), so they never collide. */
    private static String key(long chatId) {
        return "tg-commune-" + chatId;
    }
}
