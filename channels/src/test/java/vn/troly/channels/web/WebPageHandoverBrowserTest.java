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
 * Bot API, and an official's reply there shows up on the page.
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
                "assistant.handover.groups.vinh-tru", GROUP));
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
            assertEquals("vinh-tru".equals(c.get("id").asText()), c.get("handover").asBoolean(), c.toString());
        }
    }

    @Test
    void aCitizenHandsTheQuestionOverAndReadsTheOfficialsReply() throws Exception {
        chromium.openFresh(base + "/");

        // a commune without a group offers no button
        chromium.pickCommune("bac-ninh", "duong-huu");
        WebElement elsewhere = ask("Giá vàng hôm nay bao nhiêu?");
        assertTrue(List.of("not_in_plan", "out_of_scope").contains(elsewhere.getAttribute("data-status")), text(elsewhere));
        assertTrue(elsewhere.findElements(By.cssSelector("button.handover")).isEmpty(), elsewhere.getText());

        chromium.pickCommune("ninh-binh", "vinh-tru");
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

        telegram.message(GROUP, "supergroup", OFFICIAL, "Xã không theo dõi giá xăng; bạn xem tại cửa hàng xăng dầu.",
                Map.of("reply_to_message", Map.of("message_id", Integer.parseInt(posted.get(0).field("result_message_id")),
                        "date", 1780000000, "chat", Map.of("id", GROUP, "type", "supergroup", "title", "Cán bộ xã"),
                        "from", Map.of("id", 999, "is_bot", true, "first_name", "Trợ lý", "username", FakeBotApi.USERNAME),
                        "text", "…")));
        WebElement reply = wait.until(d -> d.findElements(By.cssSelector(".msg.bot.official[data-status='official_reply']"))
                .stream().findFirst().orElse(null));
        assertEquals("Cán bộ xã trả lời: Xã không theo dõi giá xăng; bạn xem tại cửa hàng xăng dầu.", text(reply));
        chromium.screenshot("handover-360.png");
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
