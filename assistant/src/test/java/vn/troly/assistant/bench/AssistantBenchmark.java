package vn.troly.assistant.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.troly.assistant.TestAssistant;
import vn.troly.assistant.engine.AssistantEngine;
import vn.troly.assistant.engine.Conversations;
import vn.troly.assistant.answer.Question;
import vn.troly.knowledge.search.SearchRequest;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Answers per second and latency of the default engine in-process over the development questions, against a bare
 * Lucene search of the same question on the same index, measured in the same run. {@code ./mvnw -Pbench verify}.
 */
@Tag("bench")
class AssistantBenchmark {

    private record Probe(String text, String commune) {
    }

    @Test
    void benchmark() throws Exception {
        TestAssistant assistant = new TestAssistant();
        List<Probe> probes = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/eval/dev.jsonl")) {
            ObjectMapper json = new ObjectMapper();
            for (String line : new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                JsonNode node = json.readTree(line);
                if (node.has("text")) {
                    probes.add(new Probe(node.get("text").asText(), node.path("commune").asText(null)));
                }
            }
        }
        int rounds = 30;
        // every question answered in full (no answer cache): the engine's real cost
        AssistantEngine uncached = AssistantEngine.create(assistant.library, assistant.agencies, assistant.normalizer,
                assistant.synonyms, TestAssistant.CLOCK, null, assistant.values, false, new Conversations(), 0);
        for (int warm = 0; warm < 5; warm++) {
            for (Probe p : probes) {
                uncached.answer(Question.of(p.text(), p.commune()));
                assistant.engine.answer(Question.of(p.text(), p.commune()));
                assistant.library.index().search(SearchRequest.of(p.text(), p.commune(), 5));
            }
        }
        List<Double> engine = new ArrayList<>();
        List<Double> cached = new ArrayList<>();
        List<Double> lucene = new ArrayList<>();
        long engineTotal = 0;
        for (int r = 0; r < rounds; r++) {
            for (Probe p : probes) {
                long start = System.nanoTime();
                uncached.answer(Question.of(p.text(), p.commune()));
                long took = System.nanoTime() - start;
                engineTotal += took;
                engine.add(took / 1e6);
                start = System.nanoTime();
                assistant.engine.answer(Question.of(p.text(), p.commune()));
                cached.add((System.nanoTime() - start) / 1e6);
                start = System.nanoTime();
                assistant.library.index().search(SearchRequest.of(p.text(), p.commune(), 5));
                lucene.add((System.nanoTime() - start) / 1e6);
            }
        }
        System.out.println("== Trợ lý số xã: assistant benchmark (" + probes.size() + " dev questions × " + rounds + ") ==");
        System.out.printf(Locale.ROOT, "  engine.answer  median %.3f ms  p99 %.3f ms  %.0f answers/s (one thread, no answer cache)%n",
                percentile(engine, 50), percentile(engine, 99), engine.size() / (engineTotal / 1e9));
        System.out.printf(Locale.ROOT, "  engine.answer, repeated first questions from the answer cache  median %.3f ms  p99 %.3f ms%n",
                percentile(cached, 50), percentile(cached, 99));
        System.out.printf(Locale.ROOT, "  bare Lucene search  median %.3f ms  p99 %.3f ms%n", percentile(lucene, 50), percentile(lucene, 99));
        System.out.printf(Locale.ROOT, "  ratio engine/Lucene: median %.1f, p99 %.1f%n",
                percentile(engine, 50) / percentile(lucene, 50), percentile(engine, 99) / percentile(lucene, 99));
    }

    private static double percentile(List<Double> values, double p) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(rank, sorted.length - 1))];
    }
}
