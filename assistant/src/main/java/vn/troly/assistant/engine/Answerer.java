package vn.troly.assistant.engine;

import vn.troly.assistant.answer.Answer;
import vn.troly.assistant.answer.Question;

/** Anything that answers a question with the answer contract: the default engine, or the LLM agent in front of it. */
public interface Answerer extends AutoCloseable {
    Answer answer(Question question);

    /** Releases threads or connections; nothing by default. */
    @Override
    default void close() {
    }
}
