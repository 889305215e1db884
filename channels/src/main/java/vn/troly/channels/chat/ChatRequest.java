package vn.troly.channels.chat;

import io.micronaut.core.annotation.Introspected;

/**
 * The body of {@code POST /api/chat}.
 *
 * @param text           the question
 * @param commune        commune id or name (optional)
 * @param conversationId conversation for follow-ups (optional)
 */
@Introspected
public record ChatRequest(String text, String commune, String conversationId) {
}
