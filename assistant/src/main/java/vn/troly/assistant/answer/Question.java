package vn.troly.assistant.answer;

/**
 * A message to the assistant.
 *
 * @param text           what the user wrote, or what the pressed button said
 * @param communeHint    commune id or name sent with the message (web page selection, /xa), or null
 * @param conversationId conversation for follow-ups, or null for a new one
 * @param caller         who is asking
 * @param channel        where the message came from ("api", "cli", "telegram", "web")
 * @param action         what the message does: typed text unless a button was pressed
 * @param speaker        who is speaking, as far as a value waiting for confirmation is concerned: the registered user
 *                       ("user:u-1") unless the channel names someone narrower (a Telegram user in one chat); null for
 *                       an anonymous caller, who can confirm nothing
 */
public record Question(String text, String communeHint, String conversationId, Caller caller, String channel,
                       Action action, String speaker) {

    public Question {
        caller = caller == null ? Caller.citizen() : caller;
        action = action == null ? Action.TEXT : action;
        speaker = speaker != null ? speaker : caller.userId() == null ? null : "user:" + caller.userId();
    }

    /** The speaker is the registered user, if any. */
    public Question(String text, String communeHint, String conversationId, Caller caller, String channel, Action action) {
        this(text, communeHint, conversationId, caller, channel, action, null);
    }

    /** Typed text. */
    public Question(String text, String communeHint, String conversationId, Caller caller, String channel) {
        this(text, communeHint, conversationId, caller, channel, Action.TEXT);
    }

    /** The same message from this caller. */
    public Question withCaller(Caller other) {
        return other == caller ? this : new Question(text, communeHint, conversationId, other, channel, action, speaker);
    }

    public Role role() {
        return caller.role();
    }

    /** Typed text from a citizen, starting a conversation. */
    public static Question of(String text, String communeHint) {
        return new Question(text, communeHint, null, Caller.citizen(), "api");
    }
}
