package vn.troly.channels.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.troly.channels.support.ManyPlans;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.troly.channels.telegram.FakeBotApi.sent;

/**
 * /xa with more communes than one screen holds (the samples and {@link ManyPlans}: 17 provinces, 41 communes): the
 * province first, then its communes, ten choices at most per screen, pages turned in place, and typed words narrowing
 * the choice. The real TelegramBots client against the fake Bot API server.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TelegramCommunePickerTest {

    private static final int MOST_CHOICES = 10;
    private final ObjectMapper json = new ObjectMapper();
    private TelegramService service;
    private FakeBotApi api;
    private Path corpus;

    @BeforeAll
    void start() throws Exception {
        corpus = ManyPlans.write(Files.createTempDirectory("many-plans"));
        service = new TelegramService(Map.of("assistant.corpus-dir", corpus.toString()));
        api = service.api;
    }

    @AfterAll
    void stop() {
        service.close();
        FakeBotApi.delete(corpus);
    }

    @Test
    void picksTheProvinceThenTheCommunePageByPage() throws Exception {
        long chat = 70;
        api.message(chat, "private", chat, "/xa");
        FakeBotApi.Call first = api.await(1, sent("sendmessage", chat)).get(0);
        List<String> provinces = buttons(first);
        assertTrue(provinces.size() <= MOST_CHOICES, provinces.toString());
        assertTrue(provinces.stream().allMatch(b -> b.startsWith("pv:") || b.startsWith("ps:")), provinces.toString());
        assertTrue(provinces.contains("ps:1"), "more provinces than a page: " + provinces);
        int messageId = Integer.parseInt(first.field("result_message_id"));

        // the next page of provinces replaces the first in the same message
        api.press(chat, "private", chat, messageId, "ps:1");
        FakeBotApi.Call second = api.await(1, sent("editmessagetext", chat)).get(0);
        assertEquals(String.valueOf(messageId), second.field("message_id"));
        assertTrue(buttons(second).containsAll(List.of("ps:0", "ps:2")), buttons(second).toString());
        api.press(chat, "private", chat, messageId, "ps:2");
        FakeBotApi.Call third = api.await(2, sent("editmessagetext", chat)).get(1);
        assertTrue(labels(third).contains("Chưa rõ tỉnh"), "Lợi Bác's plan names no province: " + labels(third));

        // Lào Cai holds ten communes: two pages of them, then back to the provinces
        api.press(chat, "private", chat, messageId, "pv:0:lao-cai");
        FakeBotApi.Call laoCai = api.await(3, sent("editmessagetext", chat)).get(2);
        assertTrue(laoCai.field("text").contains("Chọn xã thuộc Lào Cai"), laoCai.field("text"));
        List<String> communes = buttons(laoCai);
        assertTrue(communes.size() <= MOST_CHOICES && communes.contains("pv:1:lao-cai") && communes.contains("ps:0"), communes.toString());
        api.press(chat, "private", chat, messageId, "pv:1:lao-cai");
        FakeBotApi.Call laoCaiNext = api.await(4, sent("editmessagetext", chat)).get(3);
        String last = buttons(laoCaiNext).stream().filter(b -> b.startsWith("xa:")).findFirst().orElseThrow();

        api.press(chat, "private", chat, messageId, last);
        FakeBotApi.Call chosen = api.await(5, sent("editmessagetext", chat)).get(4);
        assertTrue(chosen.field("text").startsWith("Đã chọn xã Bản"), chosen.field("text"));
    }

    @Test
    void aNameOfTwoProvincesAsksWhichAndTypedWordsNarrow() throws Exception {
        long chat = 71;
        api.message(chat, "private", chat, "/xa Tân Phú");
        FakeBotApi.Call which = api.await(1, sent("sendmessage", chat)).get(0);
        assertTrue(which.field("text").contains("xã tên \"Tân Phú\""), which.field("text"));
        List<String> labels = labels(which);
        assertTrue(labels.stream().anyMatch(l -> l.contains("Tân Phú (Tuyên Quang)")) && labels.stream().anyMatch(l -> l.contains("Tân Phú (Sơn La)")),
                labels.toString());

        // part of a name offers the communes (and provinces) so named, at most ten
        api.message(chat, "private", chat, "/xa ban");
        FakeBotApi.Call narrowed = api.await(2, sent("sendmessage", chat)).get(1);
        List<String> found = buttons(narrowed);
        assertTrue(!found.isEmpty() && found.size() <= MOST_CHOICES, found.toString());
        List<String> communes = labels(narrowed).stream().filter(l -> l.startsWith("Xã ")).toList();
        assertTrue(communes.size() >= 8 && communes.stream().allMatch(l -> l.startsWith("Xã Bản")), labels(narrowed).toString());

        // a name nobody has: no list of every commune, the provinces to pick from
        api.message(chat, "private", chat, "/xa Không Có Xã Này");
        FakeBotApi.Call unknown = api.await(3, sent("sendmessage", chat)).get(2);
        assertTrue(unknown.field("text").startsWith("Chưa có kế hoạch của xã \"Không Có Xã Này\""), unknown.field("text"));
        assertTrue(buttons(unknown).size() <= MOST_CHOICES && buttons(unknown).contains("pv:0:ninh-binh") || buttons(unknown).contains("ps:1"),
                buttons(unknown).toString());

        // a unique name still chooses at once
        api.message(chat, "private", chat, "/xa Vĩnh Trụ");
        assertTrue(api.await(4, sent("sendmessage", chat)).get(3).field("text").startsWith("Đã chọn xã Vĩnh Trụ"));
        assertFalse(api.calls().stream().anyMatch(c -> c.chatId() == chat && c.field("text") != null
                && c.field("text").contains("Các xã hiện có")));
    }

    private List<String> buttons(FakeBotApi.Call call) throws Exception {
        return keys(call, "callback_data");
    }

    private List<String> labels(FakeBotApi.Call call) throws Exception {
        return keys(call, "text");
    }

    private List<String> keys(FakeBotApi.Call call, String field) throws Exception {
        String markup = call.field("reply_markup");
        List<String> values = new ArrayList<>();
        if (markup != null) {
            for (JsonNode row : json.readTree(markup).get("inline_keyboard")) {
                row.forEach(button -> values.add(button.get(field).asText()));
            }
        }
        return values;
    }
}
