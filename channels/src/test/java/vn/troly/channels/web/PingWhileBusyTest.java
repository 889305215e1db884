package vn.troly.channels.web;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A request that reads the plan library may take long at national scale (thousands of plans): it must not hold the
 * server's event loop, or probes and every chat question wait behind it. The server here has a single event loop,
 * and the commune list is held until the test lets it go; /ping must answer meanwhile.
 */
class PingWhileBusyTest {

    @TempDir
    Path data;

    @Test
    void pingAnswersWhileTheCommuneListIsHeld() throws Exception {
        HeldCommuneSummaries.entered = new CountDownLatch(1);
        HeldCommuneSummaries.release = new CountDownLatch(1);
        Map<String, Object> properties = Map.of("assistant.data-dir", data.toString(), "micronaut.server.port", "-1",
                "micronaut.netty.event-loops.default.num-threads", 1, "micronaut.server.netty.worker.threads", 1,
                "test.held-communes", true);
        // the JDK's client, so no client shares the server's one event loop
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties)) {
            URI base = server.getURI();
            CompletableFuture<HttpResponse<String>> communes = client.sendAsync(
                    HttpRequest.newBuilder(base.resolve("/api/communes")).build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(HeldCommuneSummaries.entered.await(30, TimeUnit.SECONDS), "the commune list was never asked for");

            HttpResponse<String> ping = client.send(HttpRequest.newBuilder(base.resolve("/ping"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ping.statusCode());
            assertEquals("ok", ping.body());
            assertFalse(communes.isDone(), "the held request ended before it was let go");

            HeldCommuneSummaries.release.countDown();
            HttpResponse<String> list = communes.get(30, TimeUnit.SECONDS);
            assertEquals(200, list.statusCode());
            assertTrue(list.body().contains("\"ninh-binh/vinh-tru\""), list.body());
        } finally {
            HeldCommuneSummaries.release.countDown();
        }
    }
}
