package vn.troly.channels.telegram;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.troly.channels.telegram.FakeBotApi.sent;

/** Webhook mode: setWebhook with the secret at start, updates posted to /telegram/webhook, forged posts refused. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TelegramWebhookTest {

    private static final String SECRET = "s3cret-Token_42";
    private static final String HOOK = "https://troly.example.vn/telegram/webhook";
    private final HttpClient http = HttpClient.newHttpClient();
    private FakeBotApi api;
    private EmbeddedServer server;
    private java.nio.file.Path data;

    @BeforeAll
    void start() throws Exception {
        api = new FakeBotApi();
        server = ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", -1,
                "assistant.data-dir", (data = Files.createTempDirectory("telegram-webhook")).toString(),
                "assistant.telegram.token", FakeBotApi.TOKEN, "assistant.telegram.api-url", api.url(),
                "assistant.telegram.mode", "webhook", "assistant.telegram.webhook-url", HOOK,
                "assistant.telegram.webhook-secret", SECRET, "assistant.rate-limit.per-chat-per-minute", 5));
    }

    @AfterAll
    void stop() {
        server.close();
        api.close();
        FakeBotApi.delete(data);
    }

    @Test
    void setsTheWebhookWithItsSecretAndDoesNotPoll() throws Exception {
        FakeBotApi.Call set = api.await(1, c -> c.method().equals("setwebhook")).get(0);
        assertEquals(HOOK, set.field("url"));
        assertEquals(SECRET, set.field("secret_token"));
        assertTrue(api.calls().stream().noneMatch(c -> c.method().equals("getupdates") || c.method().equals("deletewebhook")));
    }

    @Test
    void answersAnUpdateWithTheRightSecret() throws Exception {
        long chat = 51;
        assertEquals(200, post(api.messageUpdate(chat, "private", chat, "/xa Vĩnh Trụ"), SECRET).statusCode());
        assertEquals(200, post(api.messageUpdate(chat, "private", chat, "ai chủ trì chỉ tiêu phủ sóng 5G?"), SECRET).statusCode());
        List<FakeBotApi.Call> sent = api.await(2, sent("sendmessage", chat));
        assertEquals(2, sent.size());
        assertTrue(sent.get(1).field("text").contains("Phòng Văn hóa - Xã hội"), sent.get(1).field("text"));
        // the chat's commune is in the shared store, so another replica answering this chat knows it
        assertEquals("ninh-binh/vinh-tru", server.getApplicationContext().getBean(vn.troly.assistant.engine.Conversations.Store.class)
                .get("tg-commune-" + chat).communeId());

        // a button press arrives the same way
        int messageId = Integer.parseInt(sent.get(0).field("result_message_id"));
        assertEquals(200, post(api.callbackUpdate(chat, "private", chat, messageId, "xa:phu-trung"), SECRET).statusCode());
        assertTrue(api.await(1, sent("editmessagetext", chat)).get(0).field("text").contains("Phú Trung"));
    }

    @Test
    void refusesAWrongOrMissingSecretAndSendsNothing() throws Exception {
        long chat = 52;
        assertEquals(403, post(api.messageUpdate(chat, "private", chat, "/start"), "not-the-secret").statusCode());
        assertEquals(401, post(api.messageUpdate(chat, "private", chat, "/start"), null).statusCode());
        Thread.sleep(300);
        assertFalse(api.calls().stream().anyMatch(c -> c.chatId() == chat));
    }

    @Test
    void limitsAFloodingChatWithOneNotice() throws Exception {
        long chat = 53;
        for (int i = 0; i < 8; i++) {
            assertEquals(200, post(api.messageUpdate(chat, "private", chat, "/help"), SECRET).statusCode());
        }
        List<FakeBotApi.Call> sent = api.await(6, sent("sendmessage", chat));
        Thread.sleep(300);
        sent = api.calls().stream().filter(c -> c.ok() && sent("sendmessage", chat).test(c)).toList();
        assertEquals(6, sent.size(), "five answers and one notice");
        assertTrue(sent.get(5).field("text").startsWith("Bạn đang gửi quá nhiều tin nhắn"), sent.get(5).field("text"));
    }

    private HttpResponse<String> post(String update, String secret) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + "/telegram/webhook"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(update));
        if (secret != null) {
            request.header(WebhookController.SECRET_HEADER, secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
