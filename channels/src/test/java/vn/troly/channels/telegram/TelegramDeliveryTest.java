package vn.troly.channels.telegram;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.troly.channels.telegram.FakeBotApi.sent;

/**
 * What reaches a chat when something fails: Telegram's flood wait and server errors are retried and the message
 * arrives once; the assistant's own failure is an apology.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TelegramDeliveryTest {

    private TelegramService service;
    private FakeBotApi api;
    private ApplicationContext context;

    @BeforeAll
    void start() throws Exception {
        service = new TelegramService();
        api = service.api;
        context = service.context;
    }

    @AfterAll
    void stop() {
        service.close();
    }

    @Test
    void retriesAfterAFloodWaitAndSendsOnce() throws Exception {
        long chat = 45;
        long errors = context.getBean(TelegramBot.class).errors();
        api.failNext("sendMessage", 429, "Too Many Requests: retry after 1", 1);
        long started = System.nanoTime();
        api.message(chat, "private", chat, "/start");
        List<FakeBotApi.Call> sent = api.await(1, sent("sendmessage", chat));
        assertEquals(1, sent.size());
        assertTrue(sent.get(0).field("text").startsWith("Xin chào"), sent.get(0).field("text"));
        assertTrue(System.nanoTime() - started >= 900_000_000L, "waited retry_after");
        Thread.sleep(200);
        assertEquals(1, api.calls().stream().filter(c -> c.ok() && sent("sendmessage", chat).test(c)).count(), "arrives once");
        assertTrue(context.getBean(TelegramBot.class).errors() > errors);
        assertTrue(context.getBean(MeterRegistry.class).get("telegram.errors").functionCounter().count() > errors,
                "exposed on /prometheus as telegram_errors_total");
    }

    @Test
    void retriesServerErrorsWithBackoff() throws Exception {
        long chat = 48;
        api.failNext("sendMessage", 502, "Bad Gateway", null);
        api.failNext("sendMessage", 500, "Internal Server Error", null);
        api.message(chat, "private", chat, "/help");
        List<FakeBotApi.Call> sent = api.await(1, sent("sendmessage", chat));
        assertEquals(1, sent.size());
        assertTrue(sent.get(0).field("text").contains("/capnhat"), sent.get(0).field("text"));
        assertEquals(3, api.calls().stream().filter(c -> c.method().equals("sendmessage") && c.chatId() == chat).count(),
                "two failures and the success");
    }

    @Test
    void apologisesWhenTheAssistantFails() throws Exception {
        long chat = 46;
        api.message(chat, "private", chat, "NỔ đi");
        String text = api.await(1, sent("sendmessage", chat)).get(0).field("text");
        assertTrue(text.startsWith("Xin lỗi"), text);
    }
}
