package vn.troly.assistant.pipeline;

import vn.troly.assistant.answer.Action;
import vn.troly.assistant.answer.Answer;
import vn.troly.assistant.answer.Question;
import vn.troly.assistant.answer.Status;
import vn.troly.assistant.engine.Conversations;
import vn.troly.assistant.understand.Intent;
import vn.troly.knowledge.library.PlanLibrary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers to the first question of a conversation that carry no reported values (citizens' questions: the same few
 * hundred come again and again), reused until the plans change, each time under a new conversation that starts from
 * the context the answer left. Values are never cached: another replica may have stored a new one a moment ago.
 */
public final class AnswerCache {

    /** The question, the commune it was sent with, the plans it was answered from and the day ("hạn tháng này"). */
    public record Key(String text, String communeHint, long libraryVersion, LocalDate day) {
    }

    /** The answer and the follow-up context it left. */
    private record Entry(Answer answer, Conversations.State state) {
    }

    private final int capacity;
    private final Map<Key, Entry> entries;
    private final Conversations conversations;
    private final PlanLibrary library;
    private final Clock clock;
    private final boolean valuesPublic;

    /**
     * @param capacity     how many answers to keep; 0 for none
     * @param valuesPublic whether citizens see reported values too (then no answer is cached)
     */
    public AnswerCache(int capacity, Conversations conversations, PlanLibrary library, Clock clock, boolean valuesPublic) {
        this.capacity = capacity;
        this.conversations = conversations;
        this.library = library;
        this.clock = clock;
        this.valuesPublic = valuesPublic;
        this.entries = new LinkedHashMap<>(Math.max(16, Math.min(capacity, 1024)), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
                return size() > AnswerCache.this.capacity;
            }
        };
    }

    /** Where the question's answer is filed; null when it is not cached (a follow-up, a button, or values may show). */
    public Key key(Question question) {
        boolean fresh = question.conversationId() == null || question.conversationId().isBlank();
        if (!fresh || capacity <= 0 || valuesPublic || question.role().seesValues() || question.text() == null
                || !(question.action() instanceof Action.Text)) {
            return null;
        }
        return new Key(question.text().strip(), question.communeHint(), library.version(), LocalDate.now(clock));
    }

    /** The answer given before, under a new conversation, or null. */
    public Answer find(Key key) {
        if (key == null) {
            return null;
        }
        long start = System.nanoTime();
        Entry cached;
        synchronized (entries) {
            cached = entries.get(key);
        }
        if (cached == null) {
            return null;
        }
        String id = conversations.start(cached.state());
        Answer a = cached.answer();
        return new Answer(a.answer(), a.status(), a.intent(), a.commune(), id, a.citations(), a.indicators(),
                a.candidates(), List.of(new Answer.StepTiming("cache", (System.nanoTime() - start) / 1000)));
    }

    /** Files an answer with the context its turn left, unless it failed or is a value report waiting to be confirmed. */
    public void keep(Key key, Answer answer) {
        if (key == null || answer.status() == Status.ERROR || Intent.UPDATE.code().equals(answer.intent())) {
            return;
        }
        Entry entry = new Entry(answer, conversations.get(answer.conversationId()));
        synchronized (entries) {
            entries.put(key, entry);
        }
    }
}
