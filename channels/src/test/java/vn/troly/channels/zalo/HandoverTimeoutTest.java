package vn.troly.channels.zalo;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.troly.channels.support.Databases;
import vn.troly.channels.telegram.FakeBotApi;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A hand-over nobody answers in time: the citizen is told so, once, and a late reply still reaches them (on
 * PostgreSQL).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HandoverTimeoutTest {

    private static final long GROUP = -100600;

    private FakeBotApi telegram;
    private ZaloService service;

    @BeforeAll
    void start() throws Exception {
        telegram = new FakeBotApi();
        // on PostgreSQL, while the round trip runs on H2: the handover table's writes and conditional update on both
        Map<String, Object> properties = new HashMap<>(Databases.properties("postgresql"));
        properties.putAll(Map.of("assistant.zalo.commune", "vinh-tru",
                "assistant.telegram.token", FakeBotApi.TOKEN, "assistant.telegram.api-url", telegram.url(),
                "assistant.telegram.retry-base", "50ms", "assistant.handover.groups.vinh-tru", GROUP,
                "assistant.handover.timeout", "2s", "assistant.handover.sweep-every", "100ms"));
        service = new ZaloService(properties);
    }

    @AfterAll
    void stop() throws Exception {
        service.close();
        telegram.close();
    }

    @Test
    void anUnansweredHandOverGetsOneHonestMessage() throws Exception {
        String user = "8803000000000000001";
        service.post(FakeZalo.textEvent(user, "t-1", "Cho tôi nói chuyện với người thật"));
        FakeZalo.Message told = service.zalo.await(1, FakeZalo.to(user)).get(0);
        assertTrue(told.text().startsWith("Đã chuyển câu hỏi cho cán bộ xã"), told.text());
        FakeBotApi.Call posted = telegram.await(1, FakeBotApi.sent("sendmessage", GROUP)).get(0);
        assertTrue(posted.field("text").contains("Cho tôi nói chuyện với người thật"), posted.field("text"));

        FakeZalo.Message timedOut = service.zalo.await(2, FakeZalo.to(user)).get(1);
        assertTrue(timedOut.text().contains("chưa trả lời câu hỏi của bạn"), timedOut.text());
        assertTrue(timedOut.text().contains("2 giây"), timedOut.text());
        Thread.sleep(1000); // ten more sweeps
        assertEquals(2, service.zalo.sent(user).size(), "told once: " + service.zalo.sent(user));

        int groupMessage = Integer.parseInt(posted.field("result_message_id"));
        telegram.message(GROUP, "supergroup", 7001, "Xin lỗi vì trả lời muộn, mời bạn đến xã sáng mai.",
                Map.of("reply_to_message", Map.of("message_id", groupMessage, "date", 1780000000,
                        "chat", Map.of("id", GROUP, "type", "supergroup", "title", "Cán bộ xã"),
                        "from", Map.of("id", 999, "is_bot", true, "first_name", "Trợ lý", "username", FakeBotApi.USERNAME),
                        "text", posted.field("text"))));
        List<FakeZalo.Message> all = service.zalo.await(3, FakeZalo.to(user));
        assertEquals("Cán bộ xã trả lời: Xin lỗi vì trả lời muộn, mời bạn đến xã sáng mai.", all.get(2).text());
    }
}
