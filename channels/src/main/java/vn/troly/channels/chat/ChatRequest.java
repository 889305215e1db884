package vn.troly.channels.chat;

import io.micronaut.core.annotation.Introspected;

/**
 * The body of {@code POST /api/chat}.
 *
 * @param text           the question, or what the pressed button said (optional with an action)
 * @param commune        commune id or name (optional)
 * @param conversationId conversation for follow-ups (optional)
 * @param action         a button pressed on an earlier answer (optional; typed text when absent)
 */
@Introspected
public record ChatRequest(String text, String commune, String conversationId, ChatAction action) {
}
