package vn.troly.assistant.answer;

/** The commune an answer is about. */
public record CommuneRef(String id, String name) {
}
