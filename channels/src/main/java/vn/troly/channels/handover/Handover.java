package vn.troly.channels.handover;

import java.time.Instant;

/**
 * A conversation handed to a commune's officials.
 *
 * @param id             public id, also what the web page polls with
 * @param communeId      whose officials answer
 * @param channel        where the citizen asked ("zalo", "telegram", "web") and where the reply goes
 * @param recipient      whom the reply goes to on that channel (a Zalo user id, a Telegram chat id; the id for the web)
 * @param question       the question handed over
 * @param transcript     the last turns before it, as shown to the officials
 * @param groupChatId    the officials' Telegram group
 * @param groupMessageId the group message officials reply to; null until posted
 * @param status         open, answered, timed_out or failed
 * @param createdAt      when it was handed over
 * @param reply          the official's latest reply, or null
 * @param repliedAt      when it came, or null
 */
public record Handover(String id, String communeId, String channel, String recipient, String question,
                       String transcript, long groupChatId, Long groupMessageId, String status, Instant createdAt,
                       String reply, Instant repliedAt) {

    public static final String OPEN = "open";
    public static final String ANSWERED = "answered";
    public static final String TIMED_OUT = "timed_out";
    public static final String FAILED = "failed";
}
