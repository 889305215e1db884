package vn.troly.assistant.answer;

/**
 * A message to the assistant.
 *
 * @param text           what the user wrote
 * @param communeHint    commune id or name sent with the message (web page selection, /xa), or null
 * @param conversationId conversation for follow-ups, or null for a new one
 * @param role           who is asking
 * @param channel        where the message came from ("api", "cli", "telegram", "web")
 */
public record Question(String text, String communeHint, String conversationId, Role role, String channel) {

    public static Question of(String text, String communeHint) {
        return new Question(text, communeHint, null, Role.CITIZEN, "api");
    }
}
