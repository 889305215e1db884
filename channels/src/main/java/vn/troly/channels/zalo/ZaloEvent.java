package vn.troly.channels.zalo;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Optional;

/**
 * One webhook event as far as the channel uses it. Ids stay strings: Zalo's user and OA ids exceed 2^53 and would
 * lose digits as JSON numbers.
 *
 * @param name      event_name: user_send_text, follow, …
 * @param userId    who sent it (sender.id), or who followed (follower.id)
 * @param msgId     message.msg_id, repeated by Zalo when it delivers the same message again; null for a follow
 * @param text      message.text, or null
 * @param timestamp the body's timestamp as written, part of the signature
 */
record ZaloEvent(String name, String userId, String msgId, String text, String timestamp) {

    static final String TEXT = "user_send_text";
    static final String FOLLOW = "follow";

    /** Empty when the body lacks what every event has (a name and a timestamp). */
    static Optional<ZaloEvent> of(JsonNode body) {
        if (body == null || !body.isObject() || !body.path("event_name").isTextual() || !body.hasNonNull("timestamp")) {
            return Optional.empty();
        }
        String user = text(body.path("sender").path("id"));
        if (user == null) {
            user = text(body.path("follower").path("id"));
        }
        JsonNode message = body.path("message");
        return Optional.of(new ZaloEvent(body.path("event_name").asText(), user, text(message.path("msg_id")),
                text(message.path("text")), body.path("timestamp").asText()));
    }

    /** What makes a delivery the same as an earlier one: the message id, or the follower and time of a follow. */
    String key() {
        return msgId != null ? "msg:" + msgId : name + ":" + userId + ":" + timestamp;
    }

    /** Events this channel answers; others (seen, received, stickers…) are acknowledged and dropped. */
    boolean handled() {
        return userId != null && (TEXT.equals(name) && msgId != null && text != null || FOLLOW.equals(name));
    }

    private static String text(JsonNode node) {
        return node.isTextual() || node.isNumber() ? node.asText() : null;
    }
}
