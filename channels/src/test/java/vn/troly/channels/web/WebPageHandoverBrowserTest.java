package vn.troly.channels.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.troly.channels.telegram.FakeBotApi;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The web page's "Chuyển cho cán bộ" in a real headless Chromium: a citizen's question the assistant cannot answer
 * offers the button for a commune with an officials' group, the question reaches the group through the (fake) Telegram
 * Bot API, and every official's reply there shows up on the page, also after a reload; a hand-over nobody answers in
 * time (8 s here) gets the timeout message.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebPageHandoverBrowserTest {

    private static final long GROUP = -100800;
    private static final long OFFICIAL = 7101;

    private final ObjectMapper json = new ObjectMapper();
    private FakeBotApi telegram;
    private Path dataDir;
    private EmbeddedServer server;
    private HeadlessBrowser chromium;
    private ChromeDriver browser;
    private WebDriverWait wait;
    private String base;

    @BeforeAll
    void start() throws Exception {
        telegram = new FakeBotApi();
        dataDir = Files.createTempDirectory("assistant-web-handover-test");
        server = ApplicationContext.run(EmbeddedServer.class, Map.of("assistant.data-dir", dataDir.toString(),
                "micronaut.server.port", "-1", "assistant.telegram.token", FakeBotApi.TOKEN,
                "assistant.telegram.api-url", telegram.url(), "assistant.telegram.retry-base", "50ms",
                "assistant.handover.groups.vinh-tru", GROUP, "assistant.handover.timeout", "8s",
                "assistant.handover.sweep-every", "200ms"));
        base = "http://localhost:" + server.getPort();
        chromium = new HeadlessBrowser();
        browser = chromium.driver;
        wait = chromium.wait;
    }

    @AfterAll
    void stop() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
        if (server != null) {
            server.close();
        }
        if (telegram != null) {
            telegram.close();
        }
        HeadlessBrowser.delete(dataDir);
    }

    @Test
    void theCommuneListSaysWhichCommunesHaveAnOfficialsGroup() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base + "/api/communes")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        JsonNode communes = json.readTree(response.body());
        assertTrue(communes.size() > 1, response.body());
        for (JsonNode c : communes) {
            assertEquals("ninh-binh/vinh-tru".equals(c.get("id").asText()), c.get("handover").asBoolean(), c.toString());
        }
    }

    @Test
    void aCitizenHandsTheQuestionOverAndReadsTheOfficialsReply() throws Exception {
        chromium.openFresh(base + "/");

        // a commune without a group offers no button
        chromium.pickCommune("bac-ninh", "bac-ninh/duong-huu");
        WebElement elsewhere = ask("Giá vàng hôm nay bao nhiêu?");
        assertTrue(List.of("not_in_plan", "out_of_scope").contains(elsewhere.getAttribute("data-status")), text(elsewhere));
        assertTrue(elsewhere.findElements(By.cssSelector("button.handover")).isEmpty(), elsewhere.getText());

        chromium.pickCommune("ninh-binh", "ninh-binh/vinh-tru");
        WebElement unhelped = ask("Giá xăng hôm nay bao nhiêu?");
        assertTrue(List.of("not_in_plan", "out_of_scope").contains(unhelped.getAttribute("data-status")), text(unhelped));
        WebElement button = unhelped.findElement(By.cssSelector("button.handover"));
        assertEquals("Chuyển cho cán bộ", button.getText());
        assertEquals("button", button.getTagName());

        int before = answered();
        button.click();
        WebElement told = nextAnswer(before);
        assertEquals("handover", told.getAttribute("data-status"), text(told));
        assertTrue(text(told).startsWith("Đã chuyển câu hỏi cho cán bộ xã"), text(told));
        assertFalse(button.isEnabled(), "pressed once, the button is done");

        List<FakeBotApi.Call> posted = telegram.await(1, c -> c.method().equals("sendmessage") && c.chatId() == GROUP
                && c.field("text").contains("Giá xăng hôm nay bao nhiêu?"));
        assertFalse(posted.isEmpty(), "the question reaches the officials' group: " + telegram.calls());

        int groupMessage = Integer.parseInt(posted.get(0).field("result_message_id"));
        reply(groupMessage, "Xã không theo dõi giá xăng; bạn xem tại cửa hàng xăng dầu.");
        assertEquals(List.of("Cán bộ xã trả lời: Xã không theo dõi giá xăng; bạn xem tại cửa hàng xăng dầu."), officialReplies(1));
        chromium.screenshot("handover-360.png");

        // a second reply shows too, after the first
        reply(groupMessage, "Giá niêm yết có trên trang của Bộ Công Thương.");
        List<String> both = List.of("Cán bộ xã trả lời: Xã không theo dõi giá xăng; bạn xem tại cửa hàng xăng dầu.",
                "Cán bộ xã trả lời: Giá niêm yết có trên trang của Bộ Công Thương.");
        assertEquals(both, officialReplies(2));

        // a reload keeps the hand-over: its question and every reply are shown again
        reload();
        WebElement pending = wait.until(d -> d.findElements(By.cssSelector(".msg.bot[data-status='handover_pending']"))
                .stream().findFirst().orElse(null));
        assertEquals("Câu hỏi bạn đã chuyển cho cán bộ xã: Giá xăng hôm nay bao nhiêu?", text(pending));
        assertEquals(both, officialReplies(2));
        assertTrue(browser.findElements(By.cssSelector("[data-status='handover_timed_out']")).isEmpty(), "answered in time");
    }

    @Test
    void aHandoverNobodyAnswersInTimeSaysSoAlsoAfterAReloadAndALateReplyStillComes() throws Exception {
        chromium.openFresh(base + "/");
        chromium.pickCommune("ninh-binh", "ninh-binh/vinh-tru");
        WebElement unhelped = ask("Giá điện hôm nay bao nhiêu?");
        int before = answered();
        unhelped.findElement(By.cssSelector("button.handover")).click();
        assertEquals("handover", nextAnswer(before).getAttribute("data-status"));
        List<FakeBotApi.Call> posted = telegram.await(1, c -> c.method().equals("sendmessage") && c.chatId() == GROUP
                && c.field("text").contains("Giá điện hôm nay bao nhiêu?"));

        String expected = "Xin lỗi, cán bộ xã chưa trả lời câu hỏi của bạn (\"Giá điện hôm nay bao nhiêu?\") trong 8 giây qua.";
        assertTrue(text(timedOut()).startsWith(expected), text(timedOut()));

        reload();
        wait.until(d -> !d.findElements(By.cssSelector(".msg.bot[data-status='handover_pending']")).isEmpty());
        assertTrue(text(timedOut()).startsWith(expected), "the page opened again says so too: " + text(timedOut()));

        // "if an official answers later, I will still send it here"
        reply(Integer.parseInt(posted.get(0).field("result_message_id")), "Xin lỗi vì trả lời muộn: xã không niêm yết giá điện.");
        assertEquals(List.of("Cán bộ xã trả lời: Xin lỗi vì trả lời muộn: xã không niêm yết giá điện."), officialReplies(1));
        List<WebElement> shown = browser.findElements(By.cssSelector(".msg.bot.official"));
        assertEquals("official_reply", shown.get(shown.size() - 1).getAttribute("data-status"), "the late reply comes after the timeout");
    }

    /** An official's reply, in the officials' group, to the hand-over's message. */
    private void reply(int groupMessage, String text) {
        telegram.message(GROUP, "supergroup", OFFICIAL, text,
                Map.of("reply_to_message", Map.of("message_id", groupMessage,
                        "date", 1780000000, "chat", Map.of("id", GROUP, "type", "supergroup", "title", "Cán bộ xã"),
                        "from", Map.of("id", 999, "is_bot", true, "first_name", "Trợ lý", "username", FakeBotApi.USERNAME),
                        "text", "…")));
    }

    /** The officials' replies on the page once there are {@code count}, in order. */
    private List<String> officialReplies(int count) {
        return wait.until(d -> {
            List<WebElement> replies = d.findElements(By.cssSelector(".msg.bot.official[data-status='official_reply']"));
            return replies.size() >= count ? replies.stream().map(WebPageHandoverBrowserTest::text).toList() : null;
        });
    }

    private WebElement timedOut() {
        return wait.until(d -> d.findElements(By.cssSelector(".msg.bot.official[data-status='handover_timed_out']"))
                .stream().findFirst().orElse(null));
    }

    /** The page opened again, as a citizen coming back to it would: what it remembers stays. */
    private void reload() {
        browser.navigate().refresh();
        wait.until(d -> "true".equals(chromium.js("return document.getElementById('commune').dataset.loaded || null;")));
    }

    /** Types a question, sends it and returns the finished answer bubble. */
    private WebElement ask(String question) {
        int before = answered();
        browser.findElement(By.id("text")).sendKeys(question);
        browser.findElement(By.id("send")).click();
        return nextAnswer(before);
    }

    private int answered() {
        return browser.findElements(By.cssSelector(".msg.bot[data-status]")).size();
    }

    private WebElement nextAnswer(int before) {
        return wait.until(d -> {
            List<WebElement> done = d.findElements(By.cssSelector(".msg.bot[data-status]"));
            return done.size() > before ? done.get(done.size() - 1) : null;
        });
    }

    private static String text(WebElement bubble) {
        return bubble.findElement(By.cssSelector(".text")).getText();
    }
}
