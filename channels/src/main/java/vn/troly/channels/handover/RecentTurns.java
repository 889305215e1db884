package vn.troly.channels.handover;

import jakarta.inject.Singleton;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The last few turns of each conversation, so a hand-over shows the officials what was already asked and answered.
 * Kept in memory only: what matters is copied into the hand-over's row when it is made.
 */
@Singleton
public class RecentTurns {

    /** One question and what the assistant said. */
    public record Turn(String question, String answer) {
    }

    static final int KEEP = 4;
    private static final int CONVERSATIONS = 10_000;

    private final Map<String, Deque<Turn>> turns = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Turn>> eldest) {
            return size() > CONVERSATIONS;
        }
    };

    /**
     * Adds a turn asked in conversation {@code asked} and answered as {@code answered}: an id that carries the
     * conversation's context changes as it goes, and a client that follows it asks next under the new one, which keeps
     * the turns; a client with a fixed id asks under the old one, which keeps them too.
     */
    public synchronized void add(String asked, String answered, String question, String answer) {
        String key = answered != null ? answered : asked;
        if (key == null) {
            return;
        }
        Deque<Turn> before = asked == null || asked.equals(key) ? null : turns.get(asked);
        Turn turn = new Turn(question, answer);
        append(turns.computeIfAbsent(key, k -> before == null ? new ArrayDeque<>() : new ArrayDeque<>(before)), turn);
        if (asked != null && !asked.equals(key)) {
            // a channel with one conversation per person (Zalo, Telegram) asks next under the id it sent, not the new one
            append(turns.computeIfAbsent(asked, k -> new ArrayDeque<>()), turn);
        }
    }

    private static void append(Deque<Turn> list, Turn turn) {
        list.addLast(turn);
        while (list.size() > KEEP) {
            list.removeFirst();
        }
    }

    public synchronized List<Turn> of(String conversation) {
        Deque<Turn> list = turns.get(conversation);
        return list == null ? List.of() : List.copyOf(list);
    }
}
