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
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Answers per second and latency of the default engine in-process over the development questions, against a bare
 * Lucene search of the same question on the same index, measured in the same run. {@code ./mvnw -Pbench verify}.
 * Each kind of call is timed in its own block of a round (the blocks alternate, so the machine's load meets them
 * alike): a collection that one kind's garbage causes lands in that kind's figures, not in the next call's. Every
 * sample counts: besides the wall time, each figure shows the thread's own CPU time and the collections during its
 * blocks, so a p99 made of pauses or of a busy machine can be told from one made of work.
 */
@Tag("bench")
class AssistantBenchmark {

    private record Probe(String text, String commune) {
    }

    /** One kind of call: its samples and the collections during its blocks. */
    private static final class Series {
        final String name;
        final Consumer<Probe> call;
        final List<Double> wall = new ArrayList<>();
        final List<Double> cpu = new ArrayList<>();
        long nanos;
        long collections;
        long collectionMillis;

        Series(String name, Consumer<Probe> call) {
            this.name = name;
            this.call = call;
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int ROUNDS = Integer.getInteger("bench.assistant.rounds", 60);
    /** Rounds and seconds of warm-up, whichever ends later: the JIT compiles the engine's paths before anything counts. */
    private static final int WARM_ROUNDS = Integer.getInteger("bench.assistant.warm-rounds", 20);
    private static final long WARM_NANOS = Long.getLong("bench.assistant.warm-seconds", 15) * 1_000_000_000L;

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
        // every question answered in full (no answer cache): the engine's real cost
        AssistantEngine uncached = AssistantEngine.create(assistant.library, assistant.agencies, assistant.normalizer,
                assistant.synonyms, TestAssistant.CLOCK, null, assistant.values, false, new Conversations(), 0);
        List<Series> all = List.of(
                new Series("engine", p -> uncached.answer(Question.of(p.text(), p.commune()))),
                new Series("cached", p -> assistant.engine.answer(Question.of(p.text(), p.commune()))),
                new Series("lucene", p -> assistant.library.index().search(SearchRequest.of(p.text(), p.commune(), 5))));
        long warmStart = System.nanoTime();
        for (int warm = 0; warm < WARM_ROUNDS || System.nanoTime() - warmStart < WARM_NANOS; warm++) {
            for (Series s : all) {
                probes.forEach(s.call);
            }
        }
        for (int r = 0; r < ROUNDS; r++) {
            for (Series s : all) {
                long gcCount = collections();
                long gcMillis = collectionMillis();
                for (Probe p : probes) {
                    long cpu = THREADS.getCurrentThreadCpuTime();
                    long start = System.nanoTime();
                    s.call.accept(p);
                    long took = System.nanoTime() - start;
                    s.cpu.add((THREADS.getCurrentThreadCpuTime() - cpu) / 1e6);
                    s.nanos += took;
                    s.wall.add(took / 1e6);
                }
                s.collections += collections() - gcCount;
                s.collectionMillis += collectionMillis() - gcMillis;
            }
        }
        Series engine = all.get(0);
        Series cached = all.get(1);
        Series lucene = all.get(2);
        System.out.println("== Trợ lý số xã: assistant benchmark (" + probes.size() + " dev questions × " + ROUNDS
                + " rounds, each kind timed in its own block; wall time, the thread's CPU time, collections in its blocks) ==");
        print("engine.answer", engine, String.format(Locale.ROOT, "  %.0f answers/s (one thread, no answer cache)",
                engine.wall.size() / (engine.nanos / 1e9)));
        print("engine.answer, repeated first questions from the answer cache", cached, "");
        print("bare Lucene search", lucene, "");
        System.out.printf(Locale.ROOT, "  ratio engine/Lucene: median %.1f, p99 %.1f (CPU: median %.1f, p99 %.1f)%n",
                percentile(engine.wall, 50) / percentile(lucene.wall, 50), percentile(engine.wall, 99) / percentile(lucene.wall, 99),
                percentile(engine.cpu, 50) / percentile(lucene.cpu, 50), percentile(engine.cpu, 99) / percentile(lucene.cpu, 99));
    }

    private static void print(String label, Series s, String extra) {
        System.out.printf(Locale.ROOT, "  %s  median %.3f ms  p99 %.3f ms  max %.1f ms | CPU median %.3f ms  p99 %.3f ms"
                        + " | %d collections, %d ms%s%n", label, percentile(s.wall, 50), percentile(s.wall, 99),
                percentile(s.wall, 100), percentile(s.cpu, 50), percentile(s.cpu, 99), s.collections, s.collectionMillis, extra);
    }

    private static long collections() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    private static long collectionMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private static double percentile(List<Double> values, double p) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(rank, sorted.length - 1))];
    }
}
