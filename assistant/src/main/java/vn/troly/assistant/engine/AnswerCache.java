package vn.troly.assistant.engine;

import vn.troly.assistant.answer.Answer;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Answers to the first question of a conversation that carry no reported values (citizens' questions: the same few
 * hundred come again and again), reused until the plans change. Values are never cached: another replica may have
 * stored a new one a moment ago.
 */
final class AnswerCache {

    /** The question, the commune it was sent with, the plans it was answered from and the day ("hạn tháng này"). */
    record Key(String text, String communeHint, long libraryVersion, java.time.LocalDate day) {
    }

    /** The answer and the follow-up context it left. */
    record Entry(Answer answer, Conversations.State state) {
    }

    private final int capacity;
    private final Map<Key, Entry> entries;

    AnswerCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(Math.max(16, Math.min(capacity, 1024)), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
                return size() > AnswerCache.this.capacity;
            }
        };
    }

    boolean enabled() {
        return capacity > 0;
    }

    synchronized Entry get(Key key) {
        return entries.get(key);
    }

    synchronized void put(Key key, Entry entry) {
        entries.put(key, entry);
    }
}
