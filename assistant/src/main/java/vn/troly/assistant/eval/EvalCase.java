package vn.troly.assistant.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * One question of an evaluation set (the format of shared/eval/README.md).
 *
 * @param id       case id
 * @param category what it tests
 * @param commune  commune sent with the question, or null
 * @param role     role, or null for a citizen
 * @param agency   the agency an official acts for (name or id), or null to act for the expected indicator's lead
 * @param setup    REST calls made before the questions (reporting values), empty when none
 * @param turns    the question, or the turns of a conversation, each with its expectations
 */
public record EvalCase(String id, String category, String commune, String role, String agency, List<SetupCall> setup,
                       List<TurnCase> turns) {

    public EvalCase {
        setup = setup == null ? List.of() : List.copyOf(setup);
    }

    /** A message, the commune sent with it when the turn names its own (else the case's), and what its answer must show. */
    public record TurnCase(String text, String commune, JsonNode expect) {
    }

    /** A REST call of the setup, e.g. POST /api/indicators/{id}/values with {"value": 62.5, "asOf": "2026-11-15"}. */
    public record SetupCall(String method, String path, JsonNode body) {
    }

    /** The indicator the case is about: the first turn that names one in its expectations, or null. */
    public String expectedIndicatorName() {
        return turns.stream().map(t -> t.expect().path("indicator_name").asText(""))
                .filter(n -> !n.isBlank()).findFirst().orElse(null);
    }
}
