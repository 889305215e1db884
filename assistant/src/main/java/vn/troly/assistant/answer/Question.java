package vn.troly.assistant.answer;

/**
 * A message to the assistant.
 *
 * @param text           what the user wrote
 * @param communeHint    commune id or name sent with the message (web page selection, /xa), or null
 * @param conversationId conversation for follow-ups, or null for a new one
 * @param caller         who is asking
 * @param channel        where the message came from ("api", "cli", "telegram", "web")
 */
public record Question(String text, String communeHint, String conversationId, Caller caller, String channel) {

    public Question {
        caller = caller == null ? Caller.citizen() : caller;
    }

    public Role role() {
        return caller.role();
    }

    public static Question of(String text, String communeHint) {
        return new Question(text, communeHint, null, Caller.citizen(), "api");
    }
}
