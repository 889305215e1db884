package vn.troly.channels.output;

import vn.troly.assistant.answer.Question;

import java.util.Optional;

/**
 * Turns one message of a channel's transport into a question for the assistant (Rasa's InputChannel): typed words
 * become {@code Action.TEXT}, a pressed button the typed action it carries. Empty when the payload is not a question.
 *
 * @param <P> the transport's message, already authenticated
 */
public interface InputAdapter<P> {
    Optional<Question> question(P payload);
}
