package vn.troly.channels.web;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.troly.channels.support.ManyPlans;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The page's commune picker in a real headless Chromium with more provinces and communes than a screen holds (the
 * samples and {@link ManyPlans}): ten buttons a screen, pages, typed words narrowing the list, the province first.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebPageCommunePickerTest {

    private Path dataDir;
    private Path corpus;
    private EmbeddedServer server;
    private HeadlessBrowser chromium;
    private ChromeDriver browser;

    @BeforeAll
    void start() throws IOException {
        dataDir = Files.createTempDirectory("assistant-picker-test");
        corpus = ManyPlans.write(Files.createTempDirectory("many-plans"));
        server = ApplicationContext.run(EmbeddedServer.class, Map.of("assistant.data-dir", dataDir.toString(),
                "assistant.corpus-dir", corpus.toString(), "micronaut.server.port", "-1"));
        chromium = new HeadlessBrowser();
        browser = chromium.driver;
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
        HeadlessBrowser.delete(corpus);
    }

    @Test
    void picksTheProvinceThenTheCommuneTenAtATime() {
        chromium.openFresh("http://localhost:" + server.getPort() + "/");
        browser.findElement(By.id("commune")).click();
        List<String> first = provinces();
        assertEquals(10, first.size(), first.toString());
        assertTrue(browser.findElement(By.id("picker-page")).getText().startsWith("Trang 1/"));
        assertFalse(browser.findElement(By.id("picker-prev")).isDisplayed());

        browser.findElement(By.id("picker-next")).click();
        List<String> second = provinces();
        assertFalse(second.isEmpty() || second.size() > 10 || second.contains(first.get(0)), second.toString());
        assertTrue(browser.findElement(By.id("picker-prev")).isDisplayed());

        // typed words narrow the provinces, without diacritics too, from the first page
        WebElement filter = browser.findElement(By.id("picker-filter"));
        filter.sendKeys("lao");
        assertEquals(List.of("lao-cai"), provinces());
        browser.findElement(By.cssSelector("#picker-list button[data-province='lao-cai']")).click();
        chromium.wait.until(ExpectedConditions.textToBe(By.id("picker-title"), "Chọn xã thuộc Lào Cai:"));
        assertEquals(10, browser.findElements(By.cssSelector("#picker-list button[data-commune]")).size());
        filter.sendKeys("Bản Xèo");
        List<WebElement> left = browser.findElements(By.cssSelector("#picker-list button[data-commune]"));
        assertEquals(1, left.size());
        left.get(0).click();
        assertTrue(browser.findElement(By.id("commune")).getText().contains("Bản Xèo (Lào Cai)"));
        assertFalse(browser.findElement(By.id("picker")).isDisplayed());

        // the choice is remembered for the next visit
        assertEquals("lao-cai/ban-xeo", chromium.js("return localStorage.getItem('troly.commune');"));

        // a name shared by two provinces is told apart by its province
        chromium.pickCommune("son-la", communeOf("son-la"));
        assertTrue(browser.findElement(By.id("commune")).getText().contains("Tân Phú (Sơn La)"),
                browser.findElement(By.id("commune")).getText());
    }

    /** The province ids the picker shows now. */
    private List<String> provinces() {
        return browser.findElements(By.cssSelector("#picker-list button[data-province]")).stream()
                .map(b -> b.getAttribute("data-province")).toList();
    }

    /** The id of a province's one commune, as the API gives it. */
    private String communeOf(String province) {
        Object id = chromium.js("""
                const r = new XMLHttpRequest(); r.open('GET', '/api/communes?province=' + arguments[0], false); r.send();
                return JSON.parse(r.responseText)[0].id;""", province);
        return String.valueOf(id);
    }
}
