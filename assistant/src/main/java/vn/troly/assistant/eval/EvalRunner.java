package vn.troly.assistant.eval;

import vn.troly.assistant.answer.Caller;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.troly.assistant.answer.Action;
import vn.troly.assistant.answer.Answer;
import vn.troly.assistant.answer.Question;
import vn.troly.assistant.answer.Role;
import vn.troly.assistant.answer.Status;
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
    private final Setup setup;
    private final ObjectMapper json = new ObjectMapper();

    /** A runner for sets without setup calls: a case that has some fails, since its values would be missing. */
    public EvalRunner(Answerer engine, Grader grader) {
        this(engine, grader, null);
    }

    /**
     * @param setup makes the cases' setup calls (and gives officials their agency); null when none can be made
     */
    public EvalRunner(Answerer engine, Grader grader, Setup setup) {
        this.engine = engine;
        this.grader = grader;
        this.setup = setup;
    }

    /**
     * Makes a case's setup calls without HTTP: the values land in a value store of the case's own, read by the engine
     * returned, so one case's values never reach the next.
     */
    public interface Setup {

        /** Whether the case needs an engine of its own: it reports values, in its setup or in chat. */
        default boolean needs(EvalCase testCase) {
            return !testCase.setup().isEmpty() || testCase.role() != null;
        }

        /** Makes the setup calls and returns the engine that answers the case. */
        Answerer prepare(EvalCase testCase) throws SetupException;

        /** Who asks the case's questions. */
        Caller caller(EvalCase testCase, Role role);
    }

    /** A setup call that could not be made, with the reason (the REST API's Vietnamese message when it has one). */
    public static final class SetupException extends Exception {
        public SetupException(String message) {
            super(message);
        }
    }

    /** Result of one case. */
    /**
     * @param confidentlyWrong a turn failed although it was answered from a row or a citizen card, not asked back or
     *                         declined
     */
    public record Result(EvalCase testCase, List<String> failures, List<Answer> answers, boolean confidentlyWrong) {
        public Result(EvalCase testCase, List<String> failures, List<Answer> answers) {
            this(testCase, failures, answers, false);
        }

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
                node.get("conversation").forEach(t -> turns.add(new EvalCase.TurnCase(t.get("text").asText(),
                        t.hasNonNull("commune") ? t.get("commune").asText() : null, t.path("expect"))));
            } else {
                turns.add(new EvalCase.TurnCase(node.get("text").asText(), null, node.path("expect")));
            }
            List<EvalCase.SetupCall> calls = new ArrayList<>();
            node.path("setup").forEach(call -> calls.add(new EvalCase.SetupCall(call.path("method").asText("POST"),
                    call.path("path").asText(""), call.path("body"))));
            cases.add(new EvalCase(node.get("id").asText(), node.path("category").asText("other"),
                    node.hasNonNull("commune") ? node.get("commune").asText() : null,
                    node.hasNonNull("role") ? node.get("role").asText() : null,
                    node.hasNonNull("agency") ? node.get("agency").asText() : null, calls, turns));
        }
        return cases;
    }

    public List<Result> run(List<EvalCase> cases) {
        List<Result> results = new ArrayList<>();
        for (EvalCase c : cases) {
            String conversation = null;
            List<String> failures = new ArrayList<>();
            List<Answer> answers = new ArrayList<>();
            boolean confident = false;
            Role role = c.role() == null ? Role.CITIZEN : Role.valueOf(c.role().toUpperCase(Locale.ROOT));
            Answerer answerer = engine;
            Caller caller = Caller.of(role);
            if (setup != null) {
                caller = setup.caller(c, role);
                if (setup.needs(c)) {
                    try {
                        answerer = setup.prepare(c);
                    } catch (SetupException e) {
                        results.add(new Result(c, List.of("setup: " + e.getMessage()), List.of(setupFailed())));
                        continue;
                    }
                }
            } else if (!c.setup().isEmpty()) {
                results.add(new Result(c, List.of("setup: this runner makes no setup calls"), List.of(setupFailed())));
                continue;
            }
            for (EvalCase.TurnCase turn : c.turns()) {
                String commune = turn.commune() != null ? turn.commune() : c.commune();
                // every turn of a case is the same person, who may confirm the value they reported
                Answer answer = answerer.answer(new Question(turn.text(), commune, conversation, caller, "eval", Action.TEXT,
                        "eval:" + c.id()));
                conversation = answer.conversationId();
                answers.add(answer);
                List<String> wrong = grader.grade(turn.expect(), answer);
                wrong.forEach(f -> failures.add("[" + turn.text() + "] " + f));
                confident |= !wrong.isEmpty() && answer.status() == Status.ANSWERED && (!answer.indicators().isEmpty()
                        || answer.citations().stream().anyMatch(cit -> String.valueOf(cit.documentId()).startsWith("citizen/")));
            }
            results.add(new Result(c, failures, answers, confident));
        }
        return results;
    }

    /** Stands for the answers of a case whose setup failed, so the report has a last answer to show. */
    private static Answer setupFailed() {
        return new Answer("(setup failed)", Status.ERROR, "setup", null, null,
                List.of(), List.of(), List.of(), List.of());
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
        out.printf(Locale.ROOT, "  Trả lời chắc chắn nhưng sai (answered từ một dòng kế hoạch hoặc một thẻ hướng dẫn): %d%n",
                results.stream().filter(Result::confidentlyWrong).count());
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
