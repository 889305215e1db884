package vn.troly.channels.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.troly.channels.values.ReminderScheduler;
import vn.troly.channels.values.Reminders;
import vn.troly.knowledge.values.IndicatorValue;
import vn.troly.knowledge.values.ValueStore;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.troly.channels.telegram.FakeBotApi.sent;

/**
 * The bot in long-polling mode: the real TelegramBots client against a fake Bot API server on 127.0.0.1 speaking the
 * wire protocol. One service for the class; each test talks in chats of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TelegramBotTest {

    private static final long CITIZEN = 42;
    private static final long OFFICIAL = AdminApi.OFFICIAL;
    private static final long LEADER = AdminApi.LEADER;
    private final ObjectMapper json = new ObjectMapper();
    private TelegramService service;
    private FakeBotApi api;
    private ApplicationContext context;
    private AdminApi admin;

    @BeforeAll
    void start() throws Exception {
        service = new TelegramService();
        api = service.api;
        context = service.context;
        admin = service.admin;
    }

    @AfterAll
    void stop() {
        service.close();
    }

    @Test
    void deletesTheWebhookAndPolls() throws Exception {
        assertFalse(api.await(1, c -> c.method().equals("deletewebhook")).isEmpty());
        assertFalse(api.await(1, c -> c.method().equals("getme")).isEmpty());
    }

    @Test
    void answersWithSourcesInHtmlAndRemembersTheCommune() throws Exception {
        api.message(CITIZEN, "private", CITIZEN, "/xa Vĩnh Trụ");
        api.message(CITIZEN, "private", CITIZEN, "ai chủ trì chỉ tiêu phủ sóng 5G?");
        api.message(CITIZEN, "private", CITIZEN, "còn hạn thì sao?");
        api.message(CITIZEN, "private", CITIZEN, "/dangky Phòng Kinh tế");
        List<FakeBotApi.Call> sent = api.await(4, sent("sendmessage", CITIZEN));
        assertEquals(4, sent.size(), sent.toString());
        assertTrue(sent.get(0).field("text").contains("Đã chọn xã Vĩnh Trụ"), sent.get(0).field("text"));
        String answer = sent.get(1).field("text");
        assertEquals("html", sent.get(1).field("parse_mode").toLowerCase(java.util.Locale.ROOT));
        assertTrue(answer.contains("Phòng Văn hóa - Xã hội") && answer.contains("<b>Nguồn:</b>"), answer);
        assertTrue(answer.contains(" › STT 2.1"), "document › section › STT: " + answer);
        assertFalse(answer.replaceAll("</?b>|&(amp|lt|gt);", "").matches("(?s).*[<>].*"), "all else escaped: " + answer);
        assertTrue(sent.get(2).field("text").contains("Tháng 12/2026"), "the follow-up refers back: " + sent.get(2).field("text"));
        assertTrue(sent.get(3).field("text").contains("Phòng Kinh tế"), sent.get(3).field("text"));

        // the monthly reminder, sent on a day we choose rather than waited for
        List<Reminders.Outgoing> reminders = context.getBean(Reminders.class).send(LocalDate.of(2026, 12, 15));
        assertEquals(1, reminders.size());
        assertTrue(reminders.get(0).text().contains("Chưa báo cáo số liệu tháng này"), reminders.get(0).text());
        sent = api.await(5, sent("sendmessage", CITIZEN));
        assertTrue(sent.get(4).field("text").startsWith("Nhắc việc tháng 12/2026 — Phòng Kinh tế, xã Vĩnh Trụ"), sent.get(4).field("text"));

        ReminderScheduler scheduler = context.getBean(ReminderScheduler.class);
        ZoneId zone = ZoneId.of("Asia/Ho_Chi_Minh");
        assertEquals(ZonedDateTime.of(2026, 12, 15, 8, 0, 0, 0, zone), scheduler.nextRun(ZonedDateTime.of(2026, 11, 24, 9, 0, 0, 0, zone)));
    }

    @Test
    void choosesTheCommuneWithButtons() throws Exception {
        long chat = 43;
        // no commune yet: the assistant asks which, and the communes become buttons that pick one
        api.message(chat, "private", chat, "ai chủ trì chỉ tiêu phủ sóng 5G?");
        FakeBotApi.Call question = api.await(1, sent("sendmessage", chat)).get(0);
        assertTrue(buttons(question).contains("pc:" + chat + ":ninh-binh/vinh-tru"), question.field("reply_markup"));

        api.message(chat, "private", chat, "/xa");
        FakeBotApi.Call keyboard = api.await(2, sent("sendmessage", chat)).get(1);
        assertTrue(buttons(keyboard).containsAll(List.of("xa:ninh-binh/vinh-tru", "xa:dong-nai/phu-trung")), keyboard.field("reply_markup"));
        int messageId = Integer.parseInt(keyboard.field("result_message_id"));

        // a button sent before ids carried the province still chooses its commune
        api.press(chat, "private", chat, messageId, "xa:vinh-tru");
        FakeBotApi.Call answered = api.await(1, c -> c.method().equals("answercallbackquery")
                && c.field("callback_query_id").startsWith("cb")).get(0);
        assertTrue(answered.field("text").contains("Vĩnh Trụ"), answered.fields().toString());
        FakeBotApi.Call edited = api.await(1, sent("editmessagetext", chat)).get(0);
        assertEquals(String.valueOf(messageId), edited.field("message_id"));
        assertTrue(edited.field("text").contains("Đã chọn xã Vĩnh Trụ"), edited.field("text"));

        api.message(chat, "private", chat, "ai chủ trì chỉ tiêu phủ sóng 5G?");
        String answer = api.await(3, sent("sendmessage", chat)).get(2).field("text");
        assertTrue(answer.contains("Phòng Văn hóa - Xã hội"), answer);
    }

    @Test
    void aCommuneButtonAnswersTheQuestionThatWaitedForIt() throws Exception {
        long chat = 50;
        api.message(chat, "private", chat, "ai chủ trì chỉ tiêu phủ sóng 5G?");
        FakeBotApi.Call question = api.await(1, sent("sendmessage", chat)).get(0);
        api.press(chat, "private", chat, Integer.parseInt(question.field("result_message_id")), "pc:" + chat + ":vinh-tru");
        String answer = api.await(2, sent("sendmessage", chat)).get(1).field("text");
        assertTrue(answer.contains("Phòng Văn hóa - Xã hội") && answer.contains("Vĩnh Trụ"), answer);

        // and the chat keeps that commune
        api.message(chat, "private", chat, "hạn của chỉ tiêu phủ sóng 5G?");
        String next = api.await(3, sent("sendmessage", chat)).get(2).field("text");
        assertTrue(next.contains("Vĩnh Trụ"), next);
    }

    @Test
    void officialReportsAValueWithTheConfirmButton() throws Exception {
        ValueStore store = context.getBean(ValueStore.class);
        long before = store.count();
        api.message(OFFICIAL, "private", OFFICIAL, "/xa Vĩnh Trụ");
        api.message(OFFICIAL, "private", OFFICIAL, "/capnhat phủ sóng 5G 62,5%");
        FakeBotApi.Call proposal = api.await(2, sent("sendmessage", OFFICIAL)).get(1);
        assertTrue(proposal.field("text").contains("62,5%"), proposal.field("text"));
        assertEquals(List.of("cf:y:" + OFFICIAL, "cf:n:" + OFFICIAL), buttons(proposal));
        assertTrue(proposal.field("reply_markup").contains("Xác nhận") && proposal.field("reply_markup").contains("Hủy"));
        assertEquals(before, store.count(), "nothing stored before the confirmation");

        // another member cannot confirm someone else's report
        api.press(OFFICIAL, "private", 555, Integer.parseInt(proposal.field("result_message_id")), "cf:y:" + OFFICIAL);
        api.await(1, c -> c.method().equals("answercallbackquery") && "Chỉ người báo cáo số liệu mới xác nhận hoặc hủy được.".equals(c.field("text")));
        assertEquals(before, store.count());

        api.press(OFFICIAL, "private", OFFICIAL, Integer.parseInt(proposal.field("result_message_id")), "cf:y:" + OFFICIAL);
        FakeBotApi.Call edited = api.await(1, sent("editmessagetext", OFFICIAL)).get(0);
        assertTrue(edited.field("text").startsWith("Đã lưu giá trị 62,5%"), edited.field("text"));
        assertEquals(before + 1, store.count());
        String indicator = context.getBean(vn.troly.knowledge.library.PlanLibrary.class).indicators("vinh-tru").stream()
                .filter(i -> i.name().contains("5G")).findFirst().orElseThrow().id();
        IndicatorValue stored = store.latest(indicator).orElseThrow();
        assertEquals(62.5, stored.value());
        JsonNode history = admin.values(indicator);
        assertEquals(62.5, history.get("history").get(0).get("value").asDouble(), history.toString());
        assertTrue(history.get("history").get(0).get("reportedBy").asText().contains("Nguyễn Văn Cán Bộ"), history.toString());

        // the same button again: nothing waits any more, nothing is stored twice
        api.press(OFFICIAL, "private", OFFICIAL, Integer.parseInt(proposal.field("result_message_id")), "cf:y:" + OFFICIAL);
        String again = api.await(2, sent("editmessagetext", OFFICIAL)).get(1).field("text");
        assertTrue(again.startsWith("Nút này không còn dùng được"), again);
        assertEquals(before + 1, store.count());
    }

    @Test
    void refusesACitizensUpdateAndSummary() throws Exception {
        long chat = 44;
        ValueStore store = context.getBean(ValueStore.class);
        long before = store.count();
        api.message(chat, "private", chat, "/xa Vĩnh Trụ");
        api.message(chat, "private", chat, "/capnhat phủ sóng 5G 50%");
        api.message(chat, "private", chat, "/tomtat");
        List<FakeBotApi.Call> sent = api.await(3, sent("sendmessage", chat));
        assertTrue(sent.get(1).field("text").contains("chỉ cán bộ"), sent.get(1).field("text"));
        assertNull(sent.get(1).field("reply_markup"));
        assertTrue(sent.get(2).field("text").startsWith("Xin lỗi") && sent.get(2).field("text").contains("nội bộ"), sent.get(2).field("text"));
        assertEquals(before, store.count());
        assertTrue(api.calls().stream().noneMatch(c -> c.method().equals("sendphoto") && c.chatId() == chat));
    }

    @Test
    void sendsTheSummaryChartAndTheMonthlyReport() throws Exception {
        api.message(LEADER, "private", LEADER, "/xa Vĩnh Trụ");
        api.message(LEADER, "private", LEADER, "/tomtat");
        api.message(LEADER, "private", LEADER, "/baocao 11/2026");
        String summary = api.await(2, sent("sendmessage", LEADER)).get(1).field("text");
        assertTrue(summary.contains("Vĩnh Trụ"), summary);
        FakeBotApi.Call photo = api.await(1, sent("sendphoto", LEADER)).get(0);
        byte[] png = photo.files().get("photo");
        assertTrue(png != null, photo.fields() + " " + photo.files().keySet());
        assertArrayEquals(new byte[]{(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(png, 4), "a PNG");
        assertTrue(photo.field("caption").contains("Vĩnh Trụ"));
        FakeBotApi.Call document = api.await(1, sent("senddocument", LEADER)).get(0);
        byte[] docx = document.files().get("document");
        assertArrayEquals(new byte[]{'P', 'K'}, java.util.Arrays.copyOf(docx, 2), "a .docx (zip)");
        assertTrue(document.field("caption").contains("11/2026"), document.field("caption"));
    }

    @Test
    void refusesAnotherCommunesSummaryAndReport() throws Exception {
        long leader = 7_301;
        admin.register("Lê Lãnh Đạo Phú Trung", "leader", null, "phu-trung", leader);
        api.message(leader, "private", leader, "/xa Vĩnh Trụ");
        api.message(leader, "private", leader, "/tomtat");
        api.message(leader, "private", leader, "/baocao 11/2026");
        List<FakeBotApi.Call> sent = api.await(3, sent("sendmessage", leader));
        for (int i = 1; i <= 2; i++) {
            assertTrue(sent.get(i).field("text").contains("chỉ xem được") && sent.get(i).field("text").contains("Vĩnh Trụ"),
                    sent.get(i).field("text"));
        }
        assertTrue(api.calls().stream().noneMatch(c -> (c.method().equals("sendphoto") || c.method().equals("senddocument"))
                && c.chatId() == leader));
    }

    @Test
    void candidatesBecomeButtonsThatAnswerTheNextTurn() throws Exception {
        long chat = 49;
        api.message(chat, "private", chat, "/xa Dương Hưu");
        api.message(chat, "private", chat, "ai chủ trì quản trị dữ liệu");
        FakeBotApi.Call question = api.await(2, sent("sendmessage", chat)).get(1);
        List<String> buttons = buttons(question);
        assertTrue(buttons.size() >= 2 && buttons.get(1).startsWith("pc:" + chat + ":bac-ninh.duong-huu."), buttons.toString());
        assertTrue(question.field("reply_markup").contains("\"2. "), question.field("reply_markup"));
        api.press(chat, "private", chat, Integer.parseInt(question.field("result_message_id")), buttons.get(1));
        String picked = api.await(3, sent("sendmessage", chat)).get(2).field("text");
        assertTrue(picked.contains("chủ trì"), picked);

        // a keyboard sent before picks carried ids still picks by number
        api.message(chat, "private", chat, "ai chủ trì quản trị dữ liệu");
        FakeBotApi.Call again = api.await(4, sent("sendmessage", chat)).get(3);
        api.press(chat, "private", chat, Integer.parseInt(again.field("result_message_id")), "pk:2:" + chat);
        assertEquals(picked, api.await(5, sent("sendmessage", chat)).get(4).field("text"));
    }

    @Test
    void answersInGroupsOnlyWhenAddressed() throws Exception {
        long group = -1001;
        long member = 47;
        api.message(group, "supergroup", member, "/xa Vĩnh Trụ");
        api.message(group, "supergroup", member, "ai chủ trì chỉ tiêu phủ sóng 5G?");
        api.message(group, "supergroup", member, "/start@other_bot");
        api.message(group, "supergroup", member, "@" + FakeBotApi.USERNAME + " ai chủ trì chỉ tiêu phủ sóng 5G?");
        api.message(group, "supergroup", member, "/hoi@" + FakeBotApi.USERNAME + " hạn của chỉ tiêu phủ sóng 5G?");
        List<FakeBotApi.Call> sent = api.await(3, sent("sendmessage", group));
        Thread.sleep(200);
        sent = api.calls().stream().filter(c -> c.ok() && sent("sendmessage", group).test(c)).toList();
        assertEquals(3, sent.size(), sent.toString());
        assertTrue(sent.get(0).field("text").contains("Đã chọn xã Vĩnh Trụ"));
        assertTrue(sent.get(1).field("text").contains("Phòng Văn hóa - Xã hội"), sent.get(1).field("text"));
        assertTrue(sent.get(2).field("text").contains("12/2026"), sent.get(2).field("text"));
    }

    private List<String> buttons(FakeBotApi.Call call) throws Exception {
        String markup = call.field("reply_markup");
        if (markup == null) {
            return List.of();
        }
        List<String> data = new ArrayList<>();
        for (JsonNode row : json.readTree(markup).get("inline_keyboard")) {
            for (JsonNode button : row) {
                data.add(button.get("callback_data").asText());
            }
        }
        return data;
    }
}
