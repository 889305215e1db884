package vn.troly.assistant.engine;

import vn.troly.assistant.answer.Answer;
import vn.troly.assistant.answer.Question;

/** Anything that answers a question with the answer contract: the default engine, or the LLM agent in front of it. */
public interface Answerer {
    Answer answer(Question question);
}
