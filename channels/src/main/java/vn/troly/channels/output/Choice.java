package vn.troly.channels.output;

import vn.troly.assistant.answer.Action;

/**
 * One choice offered with an answer: a button where the channel has them, a numbered line where it does not.
 *
 * @param label  what the person reads
 * @param action what pressing it does, typed, so it is never read again from words
 */
public record Choice(String label, Action action) {
}
