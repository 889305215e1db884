package vn.troly.assistant.engine;

import vn.troly.assistant.understand.Intent;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What each conversation was last about, so follow-ups ("còn hạn thì sao?") can refer back. Bounded and in memory by
 * default; replicas that share a database keep it there instead (see {@link Store}).
 */
public final class Conversations {

    /** Where states live when they must outlive the process or be shared between replicas. */
    public interface Store {
        State get(String id);

        void put(String id, State state);

        /** A conversation that does not exist yet (a new id): no need to look for one to replace. */
        default void create(String id, State state) {
            put(id, state);
        }
    }

    private static final int MAX = 10_000;

    /** Context kept between turns. */
    public record State(String communeId, Intent intent, String topic, String indicatorId,
                        vn.troly.knowledge.values.IndicatorValue pendingValue, java.util.List<String> candidateIds) {
        public static final State EMPTY = new State(null, null, null, null, null, java.util.List.of());

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

    private final Store store;

    /** In memory only. */
    public Conversations() {
        this(null);
    }

    public Conversations(Store store) {
        this.store = store;
    }

    public State get(String id) {
        if (id == null) {
            return State.EMPTY;
        }
        if (store != null) {
            State state = store.get(id);
            return state == null ? State.EMPTY : state;
        }
        synchronized (states) {
            return states.getOrDefault(id, State.EMPTY);
        }
    }

    public void put(String id, State state) {
        if (store != null) {
            store.put(id, state);
            return;
        }
        synchronized (states) {
            states.put(id, state);
        }
    }

    /** Starts a conversation under a new id with the given context. */
    public void create(String id, State state) {
        if (store != null) {
            store.create(id, state);
            return;
        }
        put(id, state);
    }

    public String newId() {
        return UUID.randomUUID().toString();
    }
}
