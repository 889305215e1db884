package vn.troly.channels.telegram;

import vn.troly.assistant.answer.Caller;

/**
 * One incoming message or button press: where it came from and who sent it.
 *
 * @param chatId the chat to answer in
 * @param userId the Telegram user who wrote or pressed
 * @param group  a group or supergroup chat
 * @param caller who the user is for the assistant (citizen, official, leader, admin)
 */
record ChatTurn(long chatId, long userId, boolean group, Caller caller) {

    /**
     * The assistant's conversation: the chat in a private chat; in a group each member has their own, so one
     * member's "có" cannot confirm another member's value and follow-ups do not mix.
     */
    String conversationId() {
        return conversationId(chatId, userId, group);
    }

    static String conversationId(long chatId, long userId, boolean group) {
        return group ? "tg-" + chatId + "-" + userId : "tg-" + chatId;
    }
}
