package vn.troly.assistant.engine;

import vn.troly.assistant.answer.Answer;
import vn.troly.assistant.understand.Intent;
import vn.troly.knowledge.library.LegacyIds;
import vn.troly.knowledge.values.IndicatorValue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

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
    /** Ids that carry their first context start so; the store's id column holds 400 characters. */
    private static final String CARRIED = "s3.";
    /** Ids carried before the years asked were: seven fields. */
    private static final String CARRIED_V2 = "s2.";
    /** Ids issued before candidates had a kind carry five fields; still read, as clients keep them. */
    private static final String CARRIED_V1 = "s1.";
    private static final int MAX_CARRIED = 380;
    private static final String FIELD = "\u001f";
    private static final String ITEM = "\u001e";
    /** Ids are capabilities (whoever has one continues the conversation): a strong generator, one per thread. */
    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(Conversations::generator);

    /**
     * Context kept between turns.
     *
     * @param candidateIds    the choices the last answer offered, in order
     * @param candidateKind   what they are: {@link Answer.Candidate#ROW} or {@link Answer.Candidate#COMMUNE}; null when none
     * @param pendingQuestion the question that waits for a commune to be picked, or null
     * @param pendingOwner    who reported the pending value (the question's speaker): the
     *                        only one who may confirm it; null when nobody may
     * @param cardId          the citizen card the last answer was, so "cần giấy tờ gì?" asks about it; null when none
     */
    public record State(String communeId, Intent intent, String topic, String indicatorId, IndicatorValue pendingValue,
                        List<String> candidateIds, String candidateKind, String pendingQuestion, String pendingOwner,
                        List<Integer> years, String cardId) {
        public static final State EMPTY = new State(null, null, null, null, null, List.of(), null, null);

        public State {
            candidateIds = candidateIds == null ? List.of() : List.copyOf(candidateIds);
            // states written before years were kept asked for none
            years = years == null ? List.of() : List.copyOf(years);
            // states written before candidates had a kind offered only rows
            candidateKind = candidateIds.isEmpty() ? null : candidateKind == null ? Answer.Candidate.ROW : candidateKind;
        }

        /** No citizen card answered. */
        public State(String communeId, Intent intent, String topic, String indicatorId, IndicatorValue pendingValue,
                     List<String> candidateIds, String candidateKind, String pendingQuestion, String pendingOwner,
                     List<Integer> years) {
            this(communeId, intent, topic, indicatorId, pendingValue, candidateIds, candidateKind, pendingQuestion, pendingOwner,
                    years, null);
        }

        /** No years asked. */
        public State(String communeId, Intent intent, String topic, String indicatorId, IndicatorValue pendingValue,
                     List<String> candidateIds, String candidateKind, String pendingQuestion, String pendingOwner) {
            this(communeId, intent, topic, indicatorId, pendingValue, candidateIds, candidateKind, pendingQuestion, pendingOwner,
                    List.of());
        }

        /** A value waiting, if any, that nobody may confirm. */
        public State(String communeId, Intent intent, String topic, String indicatorId, IndicatorValue pendingValue,
                     List<String> candidateIds, String candidateKind, String pendingQuestion) {
            this(communeId, intent, topic, indicatorId, pendingValue, candidateIds, candidateKind, pendingQuestion, null);
        }

        /** Rows offered or none, and no question waiting. */
        public State(String communeId, Intent intent, String topic, String indicatorId, IndicatorValue pendingValue,
                     List<String> candidateIds) {
            this(communeId, intent, topic, indicatorId, pendingValue, candidateIds, null, null);
        }

        State(String communeId, Intent intent, String topic, String indicatorId) {
            this(communeId, intent, topic, indicatorId, null, List.of(), null, null);
        }

        /**
         * The same context with the commune and row ids it holds as they are now: a conversation stored, or carried
         * in its id by a client, before every commune's id carried its province still continues.
         */
        public State upgraded(LegacyIds ids) {
            if (ids.isEmpty()) {
                return this;
            }
            IndicatorValue value = pendingValue == null ? null : new IndicatorValue(pendingValue.id(),
                    ids.row(pendingValue.indicatorId()), ids.commune(pendingValue.communeId()), pendingValue.value(),
                    pendingValue.text(), pendingValue.unit(), pendingValue.asOf(), pendingValue.reportedBy(),
                    pendingValue.channel(), pendingValue.source(), pendingValue.note(), pendingValue.suspect(),
                    pendingValue.recordedAt());
            UnaryOperator<String> candidate = Answer.Candidate.COMMUNE.equals(candidateKind) ? ids::commune : ids::row;
            List<String> candidates = candidateIds.stream().map(candidate).toList();
            State now = new State(ids.commune(communeId), intent, topic, ids.row(indicatorId), value, candidates,
                    candidateKind, pendingQuestion, pendingOwner, years, cardId);
            return now.equals(this) ? this : now;
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
            if (state == null) {
                state = decode(id);
            }
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
        return randomUuid().toString();
    }

    /**
     * A random (version 4) UUID from this thread's own generator: {@link UUID#randomUUID()} reads one lock-guarded
     * system source, for which a profile of the chat load benchmark found the answering threads queueing.
     */
    private static UUID randomUuid() {
        byte[] b = new byte[16];
        RANDOM.get().nextBytes(b);
        b[6] = (byte) (b[6] & 0x0f | 0x40);
        b[8] = (byte) (b[8] & 0x3f | 0x80);
        ByteBuffer bytes = ByteBuffer.wrap(b);
        return new UUID(bytes.getLong(), bytes.getLong());
    }

    /**
     * A new conversation whose first context travels in its id, so starting it writes nothing: a replica that has never
     * seen the id reads the context from it, and the first follow-up stores it as usual. Only plain context (commune,
     * intent, topic, indicator, offered choices, the question waiting for a commune) is carried, never a value waiting
     * for confirmation; a context too big for an id is stored instead.
     */
    public String start(State state) {
        // a citizen card's id and a value's owner are not carried (ids have no field for them): that context is stored
        if (store == null || state.pendingValue() != null || state.pendingOwner() != null || state.cardId() != null) {
            String id = newId();
            create(id, state);
            return id;
        }
        String raw = String.join(FIELD, nz(state.communeId()), state.intent() == null ? "" : state.intent().name(),
                nz(state.topic()), nz(state.indicatorId()), String.join(ITEM, state.candidateIds()), nz(state.candidateKind()),
                nz(state.pendingQuestion()), state.years().stream().map(String::valueOf).collect(Collectors.joining(ITEM)));
        String id = CARRIED + Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8))
                + "." + randomUuid().toString().substring(0, 8);
        if (id.length() > MAX_CARRIED || raw.split(FIELD, -1).length != 8) {
            id = newId();
            create(id, state);
        }
        return id;
    }

    private static SecureRandom generator() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }

    /** The context an id carries, or null for an ordinary id (or one that was tampered with). */
    static State decode(String id) {
        boolean v1 = id.startsWith(CARRIED_V1);
        boolean v2 = id.startsWith(CARRIED_V2);
        if (!v1 && !v2 && !id.startsWith(CARRIED)) {
            return null;
        }
        try {
            String body = id.substring(CARRIED.length(), id.lastIndexOf('.'));
            String[] f = new String(Base64.getUrlDecoder().decode(body), StandardCharsets.UTF_8).split(FIELD, -1);
            if (f.length != (v1 ? 5 : v2 ? 7 : 8)) {
                return null;
            }
            List<Integer> years = f.length < 8 || f[7].isEmpty() ? List.of()
                    : Arrays.stream(f[7].split(ITEM)).map(Integer::valueOf).toList();
            return new State(blank(f[0]), f[1].isEmpty() ? null : Intent.valueOf(f[1]), blank(f[2]), blank(f[3]), null,
                    f[4].isEmpty() ? List.of() : List.of(f[4].split(ITEM)), v1 ? null : blank(f[5]), v1 ? null : blank(f[6]),
                    null, years);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return null;
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blank(String s) {
        return s.isEmpty() ? null : s;
    }
}
