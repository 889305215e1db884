package vn.troly.channels.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The chat page in a real headless Chromium ({@link HeadlessBrowser}) against the real app over HTTP: ask, read the
 * answer, open its sources; the summary chart behind the official's token.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebPageBrowserTest {

    private static final String TOKEN = "ma-can-bo-thu-nghiem";

    private final ObjectMapper json = new ObjectMapper();
    private Path dataDir;
    private EmbeddedServer server;
    private HeadlessBrowser chromium;
    private ChromeDriver browser;
    private WebDriverWait wait;
    private String base;

    @BeforeAll
    void start() throws IOException {
        dataDir = Files.createTempDirectory("assistant-web-test");
        server = ApplicationContext.run(EmbeddedServer.class, Map.of("assistant.data-dir", dataDir.toString(),
                "assistant.admin-token", TOKEN, "micronaut.server.port", "-1"));
        base = "http://localhost:" + server.getPort();
        chromium = new HeadlessBrowser();
        browser = chromium.driver;
        wait = chromium.wait;
    }

    @AfterAll
    void stop() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
        if (server != null) {
            server.close();
        }
        HeadlessBrowser.delete(dataDir);
    }

    /** Each test starts signed out, with no remembered commune. */
    @BeforeEach
    void freshPage() {
        chromium.openFresh(base + "/");
    }

    @Test
    void asksAndShowsTheAnswerWithItsSources() throws Exception {
        // the provinces first (Lợi Bác's plan names none: "Chưa rõ tỉnh"), then the province's communes
        List<String> provinces = new ArrayList<>();
        for (JsonNode p : json.readTree(get("/api/provinces", null))) {
            provinces.add(p.get("id").asText());
        }
        provinces.add("-");
        browser.findElement(By.id("commune")).click();
        List<String> offered = browser.findElements(By.cssSelector("#picker-list button")).stream()
                .map(b -> b.getAttribute("data-province")).toList();
        assertEquals(provinces, offered);
        chromium.pickCommune("ninh-binh", "ninh-binh/vinh-tru");
        assertTrue(browser.findElement(By.id("commune")).getText().contains("Vĩnh Trụ (Ninh Bình)"));
        assertFalse(browser.findElement(By.id("picker")).isDisplayed());

        WebElement answer = ask("Ai chủ trì chỉ tiêu phủ sóng 5G?");
        assertEquals("answered", answer.getAttribute("data-status"));
        assertTrue(text(answer).contains("Phòng Văn hóa - Xã hội"), text(answer));

        WebElement card = answer.findElement(By.cssSelector(".card"));
        assertTrue(card.getText().contains("5G"), card.getText());
        // a citizen is told the figures are kept by the commune, not that there are none
        assertEquals("Số liệu nội bộ", card.findElement(By.cssSelector(".badge")).getText());
        assertEquals("internal", card.findElement(By.cssSelector(".badge")).getAttribute("data-status"));
        assertTrue(card.getText().contains("Số liệu tiến độ do xã quản lý nội bộ"), card.getText());
        assertFalse(card.getText().contains("Chưa có số liệu"), card.getText());

        // The sources are folded until asked for.
        WebElement sources = answer.findElement(By.cssSelector("details.citations"));
        WebElement citation = sources.findElement(By.cssSelector("li.citation"));
        assertFalse(citation.isDisplayed());
        sources.findElement(By.tagName("summary")).click();
        wait.until(ExpectedConditions.visibilityOf(citation));
        assertTrue(citation.findElement(By.cssSelector(".cite-path")).getText().contains("STT 2.1"), citation.getText());
        assertTrue(citation.findElement(By.tagName("blockquote")).getText().contains("5G"), citation.getText());

        // A question matching several indicators offers buttons; one picks its indicator in the same conversation.
        WebElement choice = ask("Chỉ tiêu dịch vụ công?");
        assertEquals("clarification_needed", choice.getAttribute("data-status"));
        List<WebElement> candidates = choice.findElements(By.cssSelector("button.candidate"));
        assertTrue(candidates.size() >= 2, choice.getText());
        String picked = candidates.get(0).getText().replaceFirst("^1\\. ", "");
        int before = answered();
        candidates.get(0).click();
        WebElement followUp = nextAnswer(before);
        assertEquals("answered", followUp.getAttribute("data-status"), text(followUp));
        assertTrue(followUp.findElement(By.cssSelector(".card h3")).getText().contains(picked.substring(0, 20)), followUp.getText());

        // What people type is shown as text, never run as markup.
        ask("<img src=x onerror=\"document.body.dataset.hacked=1\"><b>xin chào</b>");
        List<WebElement> mine = browser.findElements(By.cssSelector(".msg.user"));
        assertTrue(mine.get(mine.size() - 1).getText().startsWith("<img src=x"), mine.get(mine.size() - 1).getText());
        assertEquals(0L, ((Number) chromium.js("return document.querySelectorAll('main b, main img').length;")).longValue());
        assertEquals(null, chromium.js("return document.body.dataset.hacked || null;"));

        chromium.assertLoadsOnlyFrom(base);
        long overflow = ((Number) chromium.js("return document.documentElement.scrollWidth - window.innerWidth;")).longValue();
        assertEquals(360L, ((Number) chromium.js("return window.innerWidth;")).longValue());
        assertTrue(overflow <= 0, "the page is wider than a 360 px phone by " + overflow + " px");
    }

    @Test
    void summaryChartNeedsTheOfficialsToken() throws Exception {
        chromium.pickCommune("ninh-binh", "ninh-binh/vinh-tru");
        WebElement refused = summary();
        assertEquals("error", refused.getAttribute("data-status"));
        assertTrue(text(refused).contains("Cần đăng nhập bằng mã cán bộ"), text(refused));

        browser.findElement(By.id("token")).sendKeys(TOKEN);
        browser.findElement(By.id("signin-button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signout")));

        WebElement shown = summary();
        assertEquals("answered", shown.getAttribute("data-status"), text(shown));
        // the chart is HTML drawn from its data: readable text on a 360 px phone, whatever other tests reported
        WebElement chart = shown.findElement(By.cssSelector(".bars"));
        assertTrue(chart.getText().contains("Chưa có số liệu nào để vẽ") || chart.getText().contains("% mục tiêu"), chart.getText());
        assertTrue(((Number) chromium.js("return parseFloat(getComputedStyle(arguments[0].firstElementChild).fontSize);", chart)).doubleValue() >= 12);
        chromium.screenshot("summary-360.png");

        // The token goes with chat questions too: the official sees the reported value, its status and progress.
        String indicator = null;
        for (JsonNode i : json.readTree(get("/api/communes/vinh-tru/indicators", null)).get("indicators")) {
            if (i.get("name").asText().contains("phủ sóng 5G")) {
                indicator = i.get("id").asText();
            }
        }
        HttpResponse<String> reported = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/api/indicators/" + indicator + "/values"))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"value\": 35, \"source\": \"Kiểm thử trang web\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, reported.statusCode(), reported.body());
        String expected = json.readTree(reported.body()).get("status").asText();
        WebElement progress = ask("Tiến độ chỉ tiêu phủ sóng 5G?");
        WebElement card = progress.findElement(By.cssSelector(".card"));
        assertTrue(card.getText().contains("35%"), card.getText());
        assertEquals(expected, card.findElement(By.cssSelector(".badge")).getAttribute("data-status"));
        assertEquals("50", card.findElement(By.cssSelector(".progress")).getAttribute("aria-valuenow"));
        WebElement withValue = summary().findElement(By.cssSelector(".bars"));
        WebElement fiveG = withValue.findElements(By.cssSelector(".bar-row")).stream()
                .filter(r -> r.getText().startsWith("2.1 ")).findFirst().orElseThrow(() -> new AssertionError(withValue.getText()));
        assertTrue(fiveG.getText().contains("Phủ sóng 5G") && fiveG.getText().contains("50% mục tiêu"), fiveG.getText());
        assertEquals(expected, fiveG.getAttribute("data-status"));
        assertTrue(((Number) chromium.js("return parseFloat(getComputedStyle(arguments[0].querySelector('.bar-label')).fontSize);", fiveG)).doubleValue() >= 12,
                "at least 12 px text at 360 px");
        chromium.screenshot("summary-360-with-value.png");

        // Reporting in chat: the page offers the confirmation as buttons, and only a confirmed value is stored.
        WebElement proposal = ask("cập nhật phủ sóng 5G 42%");
        assertEquals("confirmation_needed", proposal.getAttribute("data-status"), text(proposal));
        List<WebElement> buttons = proposal.findElements(By.cssSelector("button.confirm"));
        assertEquals("Xác nhận", buttons.get(0).getText());
        int before = answered();
        buttons.get(0).click();
        WebElement saved = nextAnswer(before);
        assertTrue(text(saved).startsWith("Đã lưu"), text(saved));
        assertTrue(get("/api/indicators/" + indicator + "/values", TOKEN).contains("\"value\":42.0"), "the value is stored");

        browser.findElement(By.id("signout")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("token")));
        assertEquals(null, chromium.js("return localStorage.getItem('troly.token');"));
    }

    @Test
    void signInChecksTheCodeAndABadCodeLeavesACitizensPage() {
        // app.css and app.js load under the page's Content-Security-Policy: the style applies, the script built the chips
        assertEquals("rgb(234, 241, 253)", chromium.js("return getComputedStyle(document.querySelector('.tools')).backgroundColor;"));
        assertFalse(browser.findElements(By.cssSelector("#chips button.chip")).isEmpty());

        signIn("sai-ma");
        assertEquals("no", chromium.js("return document.body.dataset.signin;"));
        WebElement error = browser.findElement(By.id("signin-error"));
        assertTrue(error.isDisplayed() && error.getText().contains("không đúng"), error.getText());
        assertFalse(browser.findElement(By.id("who")).isDisplayed());
        assertTrue(browser.findElement(By.id("token")).isDisplayed(), "the code can be typed again");
        assertEquals(null, chromium.js("return localStorage.getItem('troly.token');"));
        chromium.pickCommune("ninh-binh", "ninh-binh/vinh-tru");
        WebElement answer = ask("Ai chủ trì chỉ tiêu phủ sóng 5G?");
        assertEquals("answered", answer.getAttribute("data-status"), text(answer));

        signIn(TOKEN);
        assertEquals("yes", chromium.js("return document.body.dataset.signin;"));
        assertEquals("Đã đăng nhập: Quản trị viên (quản trị viên)", browser.findElement(By.id("who")).getText());
        assertFalse(browser.findElement(By.id("token")).isDisplayed(), "the code field is hidden once signed in");
        assertFalse(browser.findElement(By.id("signin-error")).isDisplayed());

        // a remembered code is checked again on the next visit
        browser.navigate().refresh();
        wait.until(d -> "yes".equals(chromium.js("return document.body.dataset.signin || null;")));
        assertTrue(browser.findElement(By.id("who")).getText().startsWith("Đã đăng nhập: "));
        browser.findElement(By.id("signout")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("token")));
    }

    @Test
    void apiDocsRenderUnderTheirContentSecurityPolicy() {
        browser.get(base + "/swagger-ui");
        WebElement title = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".swagger-ui .info .title")));
        assertTrue(title.getText().contains("Trợ lý số xã"), title.getText());
        assertFalse(browser.findElements(By.cssSelector(".opblock")).isEmpty(), "the operations are listed");
    }

    private void signIn(String code) {
        chromium.js("delete document.body.dataset.signin;");
        browser.findElement(By.id("token")).sendKeys(code);
        browser.findElement(By.id("signin-button")).click();
        wait.until(d -> chromium.js("return document.body.dataset.signin || null;") != null);
    }

    /** Types a question, sends it and returns the finished answer bubble. */
    private WebElement ask(String question) {
        int before = answered();
        WebElement input = browser.findElement(By.id("text"));
        input.sendKeys(question);
        browser.findElement(By.id("send")).click();
        return nextAnswer(before);
    }

    private WebElement summary() {
        int before = answered();
        browser.findElement(By.id("summary-button")).click();
        return nextAnswer(before);
    }

    /** Bot bubbles get data-status only once complete; the greeting never has one. */
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

    private String get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }
}
