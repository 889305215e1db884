package vn.troly.channels.telegram;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The service with its bot in long-polling mode against a fake Bot API server on 127.0.0.1, officials registered, and
 * an answerer that fails on "NỔ": one per test class.
 */
final class TelegramService implements AutoCloseable {

    final FakeBotApi api;
    final EmbeddedServer server;
    final ApplicationContext context;
    final AdminApi admin;
    private final Path data;

    TelegramService() throws Exception {
        this(Map.of());
    }

    /** @param more further configuration (e.g. a corpus folder) */
    TelegramService(Map<String, Object> more) throws Exception {
        api = new FakeBotApi();
        data = Files.createTempDirectory("telegram-test");
        Map<String, Object> properties = new HashMap<>(Map.of("micronaut.server.port", -1,
                "assistant.data-dir", data.toString(), "assistant.admin-token", AdminApi.TOKEN,
                "assistant.telegram.token", FakeBotApi.TOKEN, "assistant.telegram.api-url", api.url(),
                "assistant.telegram.retry-base", "50ms", "test.failing-answerer", true));
        properties.putAll(more);
        server = ApplicationContext.run(EmbeddedServer.class, properties);
        context = server.getApplicationContext();
        admin = new AdminApi(server);
        admin.registerOfficials();
    }

    @Override
    public void close() {
        server.close();
        api.close();
        FakeBotApi.delete(data);
    }
}
