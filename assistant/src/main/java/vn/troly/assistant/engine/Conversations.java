package vn.troly.assistant.engine;

import vn.troly.assistant.understand.Intent;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** What each conversation was last about, so follow-ups ("còn hạn thì sao?") can refer back. Bounded, in memory. */
public final class Conversations {

    private static final int MAX = 10_000;

    /** Context kept between turns. */
    public record State(String communeId, Intent intent, String topic, String indicatorId,
                        vn.troly.knowledge.values.IndicatorValue pendingValue, java.util.List<String> candidateIds) {
        static final State EMPTY = new State(null, null, null, null, null, java.util.List.of());

        State(String communeId, Intent intent, String topic, String indicatorId) {
            this(communeId, intent, topic, indicatorId, null, java.util.List.of());
        }

        State(String communeId, Intent intent, String topic, String indicatorId,
              vn.troly.knowledge.values.IndicatorValue pendingValue) {
            this(communeId, intent, topic, indicatorId, pendingValue, java.util.List.of());
        }
    }

    private final Map<String, State> states = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, State> eldest) {
            return size() > MAX;
        }
    };

    public synchronized State get(String id) {
        return id == null ? State.EMPTY : states.getOrDefault(id, State.EMPTY);
    }

    public synchronized void put(String id, State state) {
        states.put(id, state);
    }

    public String newId() {
        return UUID.randomUUID().toString();
    }
}
