package vn.troly.channels.values;

import com.sun.net.httpserver.HttpServer;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.troly.knowledge.library.PlanLibrary;
import vn.troly.knowledge.values.ValueStore;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A connector configured by properties polls a real local HTTP source and stores its readings. */
class ConnectorSchedulerTest {

    @TempDir
    Path data;

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"h2", "postgresql"})
    void pollsTheConfiguredSource(String database) throws Exception {
        HttpServer source = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        source.createContext("/so-lieu", exchange -> {
            byte[] bytes = "{\"ty_le\": 61}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        source.start();
        String url = "http://127.0.0.1:" + source.getAddress().getPort() + "/so-lieu";
        try {
            // a mapping written while ids were bare still feeds the row, whose values are kept under its id now
            String old = "vinh-tru.pl1.i.2-1";
            String id = "ninh-binh." + old;
            Map<String, Object> properties = new java.util.HashMap<>(vn.troly.channels.support.Databases.properties(database));
            properties.putAll(Map.of("assistant.data-dir", data.toString(),
                    "assistant.connectors.mot-cua.url", url, "assistant.connectors.mot-cua.interval", "1h",
                    "assistant.connectors.mot-cua.label", "Hệ thống một cửa", "assistant.connectors.mot-cua.mapping", java.util.List.of(old + "=ty_le")));
            try (ApplicationContext context = ApplicationContext.run(properties)) {
                assertEquals(id, context.getBean(PlanLibrary.class).indicators("vinh-tru").stream()
                        .filter(i -> i.name().contains("5G")).findFirst().orElseThrow().id());
                assertEquals(1, context.getBean(ConnectorScheduler.class).size());
                ValueStore store = context.getBean(ValueStore.class);
                for (int i = 0; i < 50 && store.latest(id).isEmpty(); i++) {
                    Thread.sleep(100);
                }
                assertEquals(61.0, store.latest(id).orElseThrow().value());
                assertEquals("Hệ thống một cửa", store.latest(id).orElseThrow().source());
            }
        } finally {
            source.stop(0);
        }
    }
}
