package vn.troly.channels.telegram;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.troly.assistant.engine.Conversations;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The commune each chat chose (/xa, a commune button, or the commune its last answer was about). Kept in the shared
 * conversation store when there is one, under a key of its own, so that every webhook replica (and a restarted one)
 * knows it; in memory otherwise. Like any conversation it is forgotten after a long silence.
 */
@Singleton
public class ChatCommunes {

    private final Conversations.Store store;
    private final Map<Long, String> memory = new ConcurrentHashMap<>();

    public ChatCommunes(@Nullable Conversations.Store store) {
        this.store = store;
    }

    public Optional<String> get(long chatId) {
        if (store != null) {
            Conversations.State state = store.get(key(chatId));
            return Optional.ofNullable(state == null ? null : state.communeId());
        }
        return Optional.ofNullable(memory.get(chatId));
    }

    public void set(long chatId, String communeId) {
        if (store != null) {
            // written at every answer, so an active chat's choice does not expire with old conversations
            store.put(key(chatId), new Conversations.State(communeId, null, null, null, null, List.of()));
            return;
        }
        memory.put(chatId, communeId);
    }

    /** Not a conversation id the bot uses ("tg-{chat}" and "tg-{chat}-{user}"), so they never collide. */
    private static String key(long chatId) {
        return "tg-commune-" + chatId;
    }
}
