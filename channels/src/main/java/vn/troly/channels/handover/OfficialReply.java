package vn.troly.channels.handover;

import java.time.Instant;

/**
 * One reply an official sent to a hand-over.
 *
 * @param text what the official wrote
 * @param at   when it came
 */
public record OfficialReply(String text, Instant at) {
}
