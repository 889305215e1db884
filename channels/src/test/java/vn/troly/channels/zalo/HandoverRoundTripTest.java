package vn.troly.channels.zalo;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.troly.channels.telegram.FakeBotApi;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A citizen on Zalo hands a question to Vĩnh Trụ's officials: it reaches their Telegram group (a fake Bot API), an
 * official replies to it there, and the reply reaches the citizen on Zalo. Phú Trung has no group: no button, and
 * "gặp cán bộ" gets where to ask instead.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HandoverRoundTripTest {

    private static final long GROUP = -100500;
    private static final long OFFICIAL = 7001;

    private FakeBotApi telegram;
    private ZaloService service;

    @BeforeAll
    void start() throws Exception {
        telegram = new FakeBotApi();
        service = new ZaloService(Map.of("assistant.zalo.commune", "vinh-tru",
                "assistant.telegram.token", FakeBotApi.TOKEN, "assistant.telegram.api-url", telegram.url(),
                "assistant.telegram.retry-base", "50ms", "assistant.handover.groups.vinh-tru", GROUP));
    }

    @AfterAll
    void stop() throws Exception {
        service.close();
        telegram.close();
    }

    @Test
    void citizenOnZaloToOfficialsGroupAndBack() throws Exception {
        String user = "8802000000000000001";
        service.post(FakeZalo.textEvent(user, "h-1", "Giá lúa hôm nay bao nhiêu?"));
        FakeZalo.Message unhelped = service.zalo.await(1, FakeZalo.to(user)).get(0);
        JsonNode button = unhelped.buttons().stream().filter(b -> b.path("title").asText().equals("Chuyển cho cán bộ"))
                .findFirst().orElseThrow(() -> new AssertionError("no hand-over button: " + unhelped.body()));
        assertEquals("#lenh canbo", button.path("payload").asText());

        service.post(FakeZalo.textEvent(user, "h-2", button.path("payload").asText()));
        FakeZalo.Message told = service.zalo.await(2, FakeZalo.to(user)).get(1);
        assertTrue(told.text().startsWith("Đã chuyển câu hỏi cho cán bộ xã"), told.text());

        // the other tests post to the same group: this citizen's hand-over is the one with their question
        FakeBotApi.Call posted = toGroup("Giá lúa hôm nay bao nhiêu?").get(0);
        assertTrue(posted.field("text").contains("Trợ lý:"), "the conversation so far: " + posted.field("text"));

        int groupMessage = Integer.parseInt(posted.field("result_message_id"));
        telegram.message(GROUP, "supergroup", OFFICIAL, "Giá lúa do thương lái báo, xã không công bố. Bạn hỏi tổ khuyến nông thôn nhé.",
                Map.of("reply_to_message", Map.of("message_id", groupMessage, "date", 1780000000,
                        "chat", Map.of("id", GROUP, "type", "supergroup", "title", "Cán bộ xã"),
                        "from", Map.of("id", 999, "is_bot", true, "first_name", "Trợ lý", "username", FakeBotApi.USERNAME),
                        "text", posted.field("text"))));

        FakeZalo.Message reply = service.zalo.await(3, FakeZalo.to(user)).get(2);
        assertEquals("Cán bộ xã trả lời: Giá lúa do thương lái báo, xã không công bố. Bạn hỏi tổ khuyến nông thôn nhé.", reply.text());
        assertTrue(telegram.await(1, c -> c.method().equals("sendmessage") && c.chatId() == GROUP
                && c.field("text").equals("Đã gửi câu trả lời cho người dân.")).size() >= 1, "the group is told it was sent");

        JsonNode handovers = service.json(service.admin("GET", "/api/admin/audit?kind=handover", null));
        JsonNode replies = service.json(service.admin("GET", "/api/admin/audit?kind=handover_reply", null));
        assertTrue(handovers.toString().contains("Giá lúa hôm nay"), handovers.toString());
        assertTrue(replies.toString().contains("thương lái"), replies.toString());

        // the unanswered review lists the question once, with its hand-over among its statuses
        JsonNode unanswered = service.json(service.admin("GET", "/api/admin/unanswered?communeId=vinh-tru", null));
        JsonNode lua = null;
        for (JsonNode group : unanswered) {
            lua = group.path("question").asText().equals("Giá lúa hôm nay bao nhiêu?") ? group : lua;
        }
        assertTrue(lua != null, unanswered.toString());
        assertEquals(1, lua.path("count").asInt(), lua.toString());
        assertEquals(1, lua.path("statuses").path("handover").asInt(), lua.toString());
    }

    @Test
    void aCommuneWithoutAGroupOffersNoButtonAndGivesWhereToAsk() throws Exception {
        String user = "8802000000000000002";
        service.post(FakeZalo.textEvent(user, "n-1", "Ai chủ trì chỉ tiêu phủ sóng 5G ở xã Phú Trung?"));
        service.zalo.await(1, FakeZalo.to(user));
        service.post(FakeZalo.textEvent(user, "n-2", "Giá lúa hôm nay bao nhiêu?"));
        FakeZalo.Message unhelped = service.zalo.await(2, FakeZalo.to(user)).get(1);
        assertTrue(unhelped.buttons().stream().noneMatch(b -> b.path("payload").asText().equals("#lenh canbo")), unhelped.body().toString());

        int before = telegram.calls().size();
        service.post(FakeZalo.textEvent(user, "n-3", "cho tôi gặp cán bộ"));
        FakeZalo.Message told = service.zalo.await(3, FakeZalo.to(user)).get(2);
        assertTrue(told.text().contains("chưa có nhóm cán bộ"), told.text());
        assertTrue(told.text().contains("Trung tâm Phục vụ hành chính công"), told.text());
        assertFalse(telegram.calls().subList(before, telegram.calls().size()).stream()
                .anyMatch(c -> c.method().equals("sendmessage") && c.chatId() != 0 && c.field("text").contains("Người dân hỏi")));
    }

    @Test
    void theWebPageHandsOverAndPollsForTheReply() throws Exception {
        JsonNode answer = service.json(service.admin("POST", "/api/chat",
                Map.of("text", "Giá xăng hôm nay bao nhiêu?", "commune", "vinh-tru")));
        HttpResponse<String> started = service.admin("POST", "/api/handover",
                Map.of("commune", "vinh-tru", "conversationId", answer.path("conversationId").asText()));
        assertEquals(201, started.statusCode(), started.body());
        String id = service.json(started).path("id").asText();
        assertTrue(service.json(started).path("message").asText().startsWith("Đã chuyển câu hỏi"), started.body());

        FakeBotApi.Call posted = toGroup(id).get(0);
        assertTrue(posted.field("text").contains("Giá xăng hôm nay bao nhiêu?"), posted.field("text"));
        JsonNode waiting = service.json(service.admin("GET", "/api/handover/" + id, null));
        assertEquals("open", waiting.path("status").asText(), waiting.toString());
        assertTrue(waiting.path("message").isNull(), waiting.toString());

        telegram.message(GROUP, "supergroup", OFFICIAL, "Xã không theo dõi giá xăng.",
                Map.of("reply_to_message", Map.of("message_id", Integer.parseInt(posted.field("result_message_id")),
                        "date", 1780000000, "chat", Map.of("id", GROUP, "type", "supergroup", "title", "Cán bộ xã"),
                        "from", Map.of("id", 999, "is_bot", true, "first_name", "Trợ lý", "username", FakeBotApi.USERNAME),
                        "text", "…")));
        JsonNode replied = waiting;
        for (int i = 0; i < 100 && !"answered".equals(replied.path("status").asText()); i++) {
            Thread.sleep(50);
            replied = service.json(service.admin("GET", "/api/handover/" + id, null));
        }
        assertEquals("Cán bộ xã trả lời: Xã không theo dõi giá xăng.", replied.path("message").asText(), replied.toString());
    }

    @Test
    void theWebPagesHandOverNeedsACommune() throws Exception {
        HttpResponse<String> refused = service.admin("POST", "/api/handover", Map.of("text", "gặp cán bộ"));
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("Hãy chọn xã"), refused.body());
    }

    private List<FakeBotApi.Call> toGroup(String containing) throws InterruptedException {
        List<FakeBotApi.Call> found = telegram.await(1, c -> c.method().equals("sendmessage") && c.chatId() == GROUP
                && c.field("text").contains(containing));
        assertFalse(found.isEmpty(), "nothing posted to the officials' group with " + containing);
        return found;
    }

    @Test
    void theWebPagesPollRefusesABadIdAndAnUnknownOne() throws Exception {
        HttpResponse<String> bad = service.admin("GET", "/api/handover/khong-phai-ma", null);
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("không hợp lệ"), bad.body());
        HttpResponse<String> unknown = service.admin("GET", "/api/handover/00000000-0000-0000-0000-000000000000", null);
        assertEquals(404, unknown.statusCode(), unknown.body());
    }
}
