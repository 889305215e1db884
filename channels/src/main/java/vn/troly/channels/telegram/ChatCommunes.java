package vn.troly.channels.telegram;

import jakarta.inject.Singleton;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The commune each chat chose (/xa, a commune button, or the commune its last answer was about). In memory: with
 * several webhook replicas each keeps its own, so a chat may have to choose again after landing on another replica.
 */
@Singleton
public class ChatCommunes {

    private final Map<Long, String> byChat = new ConcurrentHashMap<>();

    public Optional<String> get(long chatId) {
        return Optional.ofNullable(byChat.get(chatId));
    }

    public void set(long chatId, String communeId) {
        byChat.put(chatId, communeId);
    }
}
