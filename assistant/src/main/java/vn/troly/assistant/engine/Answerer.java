package vn.troly.assistant.engine;

import vn.troly.assistant.answer.Answer;
import vn.troly.assistant.answer.Question;

import java.util.concurrent.CompletableFuture;

/** Anything that answers a question with the answer contract: the default engine, or the LLM agent in front of it. */
public interface Answerer extends AutoCloseable {
    Answer answer(Question question);

    /**
     * The answer, completed once everything the turn writes is durable: what answers on a request's thread frees it
     * while the write commits. Worked out on the calling thread by default.
     */
    default CompletableFuture<Answer> answerAsync(Question question) {
        return CompletableFuture.completedFuture(answer(question));
    }

    /** Releases threads or connections; nothing by default. */
    @Override
    default void close() {
    }
}
