package vn.troly.assistant.eval;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One question of an evaluation set (the format of shared/eval/README.md).
 *
 * @param id       case id
 * @param category what it tests
 * @param commune  commune sent with the question, or null
 * @param role     role, or null for a citizen
 * @param turns    the question, or the turns of a conversation, each with its expectations
 */
public record EvalCase(String id, String category, String commune, String role, java.util.List<TurnCase> turns) {

    /** A message and what its answer must show. */
    public record TurnCase(String text, JsonNode expect) {
    }
}
