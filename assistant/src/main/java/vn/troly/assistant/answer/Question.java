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
 */
public record Question(String text, String communeHint, String conversationId, Caller caller, String channel,
                       Action action) {

    public Question {
        caller = caller == null ? Caller.citizen() : caller;
        action = action == null ? Action.TEXT : action;
    }

    /** Typed text. */
    public Question(String text, String communeHint, String conversationId, Caller caller, String channel) {
        this(text, communeHint, conversationId, caller, channel, Action.TEXT);
    }

    public Role role() {
        return caller.role();
    }

    /** Typed text from a citizen, starting a conversation. */
    public static Question of(String text, String communeHint) {
        return new Question(text, communeHint, null, Caller.citizen(), "api");
    }
}
