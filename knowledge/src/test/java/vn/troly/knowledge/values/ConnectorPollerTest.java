package vn.troly.knowledge.values;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.troly.knowledge.agency.AgencyDirectory;
import vn.troly.knowledge.library.PlanLibrary;
import vn.troly.knowledge.plan.PlanParser;
import vn.troly.knowledge.search.KnowledgeIndex;
import vn.troly.knowledge.text.SynonymTable;
import vn.troly.knowledge.text.VietnameseNormalizer;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A real HTTP source on 127.0.0.1: good readings are stored with the source named; down or garbage stores nothing. */
class ConnectorPollerTest {

    private final VietnameseNormalizer normalizer = new VietnameseNormalizer();
    private final AtomicReference<String> body = new AtomicReference<>();
    private final AtomicInteger status = new AtomicInteger(200);
    private final HttpServer server;

    ConnectorPollerTest() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/readings", exchange -> {
            byte[] bytes = body.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status.get(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"h2", "postgresql"})
    void storesGoodReadingsAndNothingOtherwise(String database) {
        AgencyDirectory agencies = AgencyDirectory.loadDefault(normalizer);
        PlanLibrary library = new PlanLibrary(new PlanParser(normalizer, agencies),
                KnowledgeIndex.inMemory(normalizer, SynonymTable.loadDefault(normalizer)), null);
        library.load(true, List.of());
        String fiveG = library.indicators("vinh-tru").stream().filter(i -> i.name().contains("5G")).findFirst().orElseThrow().id();
        String online = library.indicators("vinh-tru").stream().filter(i -> i.name().contains("xử lý trực tuyến")).findFirst().orElseThrow().id();
        ValueStore store = new ValueStore(Databases.create(database));
        ValueValidator validator = new ValueValidator(library, normalizer,
                Clock.fixed(Instant.parse("2026-11-24T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh")));
        HttpValueSource source = new HttpValueSource("Hệ thống một cửa điện tử",
                URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/readings"),
                Map.of(fiveG, "data.phu_song", online, "data.items[1].value"), "ngay", Duration.ofSeconds(2));
        ConnectorPoller poller = new ConnectorPoller(source, validator, store);

        body.set("{\"ngay\": \"2026-11-20\", \"data\": {\"phu_song\": 64.5, \"items\": [{\"value\": 1}, {\"value\": \"88,5\"}]}}");
        assertEquals(2, poller.poll().size());
        assertEquals("Hệ thống một cửa điện tử", store.latest(fiveG).orElseThrow().source());
        assertEquals(88.5, store.latest(online).orElseThrow().value());

        body.set("<html>bảo trì</html>");
        assertEquals(0, poller.poll().size());
        body.set("{\"ngay\": \"2026-11-21\", \"data\": {\"phu_song\": 170, \"items\": [{}, {\"value\": 90}]}}");
        assertEquals(0, poller.poll().size(), "one invalid reading stores none of the batch");
        status.set(503);
        assertEquals(0, poller.poll().size());
        server.stop(0);
        assertEquals(0, poller.poll().size(), "source down");
        assertEquals(2, store.count());
    }
}
