package vn.troly.channels.telegram;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A citizen in a private Telegram chat presses "Chuyển cho cán bộ" under an answer the assistant could not give; an
 * official's reply in the officials' group comes back to that chat. A group reply to any other message is the
 * group's usual conversation.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TelegramHandoverTest {

    private static final long GROUP = -100700;
    private static final long CITIZEN = 4242;

    private FakeBotApi api;
    private EmbeddedServer server;
    private Path data;

    @BeforeAll
    void start() throws Exception {
        api = new FakeBotApi();
        data = Files.createTempDirectory("telegram-handover-test");
        server = ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", -1,
                "assistant.data-dir", data.toString(), "assistant.admin-token", AdminApi.TOKEN,
                "assistant.telegram.token", FakeBotApi.TOKEN, "assistant.telegram.api-url", api.url(),
                "assistant.telegram.retry-base", "50ms", "assistant.handover.groups.ninh-binh/vinh-tru", GROUP));
    }

    @AfterAll
    void stop() {
        server.close();
        api.close();
        FakeBotApi.delete(data);
    }

    @Test
    void theButtonHandsOverAndTheOfficialsReplyComesBack() throws Exception {
        api.message(CITIZEN, "private", CITIZEN, "/xa Vĩnh Trụ");
        api.await(1, FakeBotApi.sent("sendmessage", CITIZEN));
        api.message(CITIZEN, "private", CITIZEN, "Giá vàng hôm nay bao nhiêu?");
        FakeBotApi.Call unhelped = api.await(2, FakeBotApi.sent("sendmessage", CITIZEN)).get(1);
        assertTrue(unhelped.field("reply_markup").contains("Chuyển cho cán bộ"), unhelped.fields().toString());
        assertTrue(unhelped.field("reply_markup").contains("hv:" + CITIZEN), unhelped.field("reply_markup"));

        api.press(CITIZEN, "private", CITIZEN, Integer.parseInt(unhelped.field("result_message_id")), "hv:" + CITIZEN);
        FakeBotApi.Call told = api.await(3, FakeBotApi.sent("sendmessage", CITIZEN)).get(2);
        assertTrue(told.field("text").startsWith("Đã chuyển câu hỏi cho cán bộ xã"), told.field("text"));
        FakeBotApi.Call posted = api.await(1, FakeBotApi.sent("sendmessage", GROUP)).get(0);
        assertTrue(posted.field("text").contains("Giá vàng hôm nay bao nhiêu?"), posted.field("text"));

        api.message(GROUP, "supergroup", AdminApi.OFFICIAL, "Xã không trả lời giá vàng; bạn xem tại cửa hàng vàng.",
                Map.of("reply_to_message", Map.of("message_id", Integer.parseInt(posted.field("result_message_id")),
                        "date", 1780000000, "chat", Map.of("id", GROUP, "type", "supergroup", "title", "Cán bộ xã"),
                        "from", Map.of("id", 999, "is_bot", true, "first_name", "Trợ lý", "username", FakeBotApi.USERNAME),
                        "text", "…")));
        List<FakeBotApi.Call> toCitizen = api.await(4, FakeBotApi.sent("sendmessage", CITIZEN));
        assertEquals("Cán bộ xã trả lời: Xã không trả lời giá vàng; bạn xem tại cửa hàng vàng.", toCitizen.get(3).field("text"));
        assertEquals("Đã gửi câu trả lời cho người dân.", api.await(2, FakeBotApi.sent("sendmessage", GROUP)).get(1).field("text"));
    }
}
