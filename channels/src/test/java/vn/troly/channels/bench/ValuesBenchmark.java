package vn.troly.channels.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.troly.knowledge.library.PlanLibrary;
import vn.troly.knowledge.plan.Indicator;
import vn.troly.knowledge.values.IndicatorValue;
import vn.troly.knowledge.values.ValueStore;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Value writes per second through the REST API (file-backed H2), against direct store appends as the baseline, and
 * summary latency for a commune with 2 years of monthly history per indicator. {@code ./mvnw -Pbench verify}.
 */
@Tag("bench")
class ValuesBenchmark {

    @TempDir
    Path data;

    @Test
    void benchmark() throws Exception {
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of("assistant.data-dir", data.toString(),
                "assistant.admin-token", "t", "micronaut.server.port", "-1"));
             HttpClient http = HttpClient.create(server.getURL())) {
            PlanLibrary library = server.getApplicationContext().getBean(PlanLibrary.class);
            ValueStore store = server.getApplicationContext().getBean(ValueStore.class);
            List<Indicator> indicators = library.indicators("binh-giang");
            // 2 years of monthly history for every indicator of the commune, written directly
            List<IndicatorValue> history = new ArrayList<>();
            for (Indicator i : indicators) {
                for (int m = 0; m < 24; m++) {
                    history.add(new IndicatorValue(0, i.id(), i.communeId(), 20.0 + m * 2, null, "%",
                            LocalDate.of(2024, 11, 28).plusMonths(m), "bench", "bench", null, null, false, Instant.now()));
                }
            }
            long start = System.nanoTime();
            store.appendAll(history);
            double directPerSecond = history.size() / ((System.nanoTime() - start) / 1e9);

            String id = indicators.get(0).id();
            int writes = 500;
            for (int w = 0; w < 50; w++) {
                post(http, id, w);
            }
            start = System.nanoTime();
            for (int w = 0; w < writes; w++) {
                post(http, id, w);
            }
            double restPerSecond = writes / ((System.nanoTime() - start) / 1e9);

            List<Double> summary = new ArrayList<>();
            for (int r = 0; r < 120; r++) {
                long s = System.nanoTime();
                http.toBlocking().retrieve(HttpRequest.GET("/api/communes/binh-giang/summary").bearerAuth("t"), String.class);
                if (r >= 20) {
                    summary.add((System.nanoTime() - s) / 1e6);
                }
            }
            summary.sort(Double::compare);
            System.out.println("== Trợ lý số xã: values benchmark ==");
            System.out.printf(Locale.ROOT, "  REST writes (one client, sequential): %.0f/s; direct batch appends (baseline): %.0f/s%n",
                    restPerSecond, directPerSecond);
            System.out.printf(Locale.ROOT, "  summary of %d indicators with %d values: median %.1f ms, p99 %.1f ms%n",
                    indicators.size(), history.size() + writes + 50, summary.get(summary.size() / 2),
                    summary.get((int) Math.ceil(summary.size() * 0.99) - 1));
        }
    }

    private static void post(HttpClient http, String id, int w) {
        http.toBlocking().retrieve(HttpRequest.POST("/api/indicators/" + id + "/values",
                "{\"value\": " + (40 + (w % 10)) + ", \"asOf\": \"2026-11-2" + (w % 4) + "\"}")
                .contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth("t"), String.class);
    }
}
