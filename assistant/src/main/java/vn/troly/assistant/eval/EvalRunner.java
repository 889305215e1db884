package vn.troly.assistant.eval;

import vn.troly.assistant.answer.Caller;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.troly.assistant.answer.Answer;
import vn.troly.assistant.answer.Question;
import vn.troly.assistant.answer.Role;
import vn.troly.assistant.engine.Answerer;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Runs an evaluation set through the engine and reports accuracy per category and every failure. */
public final class EvalRunner {

    private final Answerer engine;
    private final Grader grader;
    private final ObjectMapper json = new ObjectMapper();

    public EvalRunner(Answerer engine, Grader grader) {
        this.engine = engine;
        this.grader = grader;
    }

    /** Result of one case. */
    public record Result(EvalCase testCase, List<String> failures, List<Answer> answers) {
        public boolean passed() {
            return failures.isEmpty();
        }
    }

    public List<EvalCase> parse(String jsonl) throws IOException {
        List<EvalCase> cases = new ArrayList<>();
        for (String line : jsonl.lines().toList()) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = json.readTree(line);
            List<EvalCase.TurnCase> turns = new ArrayList<>();
            if (node.has("conversation")) {
                node.get("conversation").forEach(t -> turns.add(new EvalCase.TurnCase(t.get("text").asText(), t.path("expect"))));
            } else {
                turns.add(new EvalCase.TurnCase(node.get("text").asText(), node.path("expect")));
            }
            cases.add(new EvalCase(node.get("id").asText(), node.path("category").asText("other"),
                    node.hasNonNull("commune") ? node.get("commune").asText() : null,
                    node.hasNonNull("role") ? node.get("role").asText() : null, turns));
        }
        return cases;
    }

    public List<Result> run(List<EvalCase> cases) {
        List<Result> results = new ArrayList<>();
        for (EvalCase c : cases) {
            String conversation = null;
            List<String> failures = new ArrayList<>();
            List<Answer> answers = new ArrayList<>();
            Role role = c.role() == null ? Role.CITIZEN : Role.valueOf(c.role().toUpperCase(Locale.ROOT));
            for (EvalCase.TurnCase turn : c.turns()) {
                Answer answer = engine.answer(new Question(turn.text(), c.commune(), conversation, Caller.of(role), "eval"));
                conversation = answer.conversationId();
                answers.add(answer);
                grader.grade(turn.expect(), answer).forEach(f -> failures.add("[" + turn.text() + "] " + f));
            }
            results.add(new Result(c, failures, answers));
        }
        return results;
    }

    /** Prints accuracy per category and the failures; returns overall accuracy. */
    public double report(List<Result> results, PrintStream out) {
        Map<String, int[]> byCategory = new TreeMap<>();
        for (Result r : results) {
            int[] counts = byCategory.computeIfAbsent(r.testCase().category(), k -> new int[2]);
            counts[1]++;
            if (r.passed()) {
                counts[0]++;
            }
        }
        int passed = (int) results.stream().filter(Result::passed).count();
        out.printf(Locale.ROOT, "Kết quả: %d/%d đúng (%.1f%%)%n", passed, results.size(), 100.0 * passed / Math.max(1, results.size()));
        byCategory.forEach((k, v) -> out.printf(Locale.ROOT, "  %-14s %3d/%-3d %.1f%%%n", k, v[0], v[1], 100.0 * v[0] / v[1]));
        for (Result r : results) {
            if (!r.passed()) {
                out.println("✗ " + r.testCase().id() + " (" + r.testCase().category() + "): " + String.join("; ", r.failures()));
                Answer last = r.answers().get(r.answers().size() - 1);
                out.println("    → [" + last.status().code() + "/" + last.intent() + "] " + last.answer().replace("\n", " | "));
            }
        }
        return (double) passed / Math.max(1, results.size());
    }
}
