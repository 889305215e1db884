package vn.troly.assistant.handlers;

import vn.troly.assistant.pipeline.TurnContext;
import vn.troly.assistant.understand.Understanding;

/** Answers the questions of one intent (or a few close ones); {@link Handlers} says which handler takes which intent. */
public interface Handler {

    /**
     * Adds the answer to the turn. The understanding is passed rather than read from the turn because a handler may
     * hand a question on as another intent (a summary question about one row is a progress question).
     */
    void handle(TurnContext turn, Understanding u);
}
