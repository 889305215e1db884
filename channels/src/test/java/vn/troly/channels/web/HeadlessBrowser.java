package vn.troly.channels.web;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Debian's headless Chromium and its driver, on a 360 px phone screen. .ci/run installs them: a machine without them
 * fails here rather than skipping, so CI proves the page works.
 */
final class HeadlessBrowser implements AutoCloseable {

    /** Debian's paths; overridable for other systems, never downloaded (Selenium Manager would need the network). */
    private static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    final ChromeDriver driver;
    final WebDriverWait wait;
    private final ChromeDriverService service;
    private final Path profileDir;

    HeadlessBrowser() throws IOException {
        assertTrue(new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute(),
                "The browser test needs Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER
                        + "): apt-get install chromium chromium-driver; .ci/run installs them.");
        // An explicit driver path keeps Selenium Manager (which downloads drivers) out of the run.
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER);
        service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        profileDir = Files.createTempDirectory("assistant-web-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // Without the background-networking switches Chromium keeps calling Google services, which on an offline
        // machine means a flood of refused connections in the log and slower start.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profileDir);
        driver = new ChromeDriver(service, options);
        // A small phone: the page must work on a 360 px wide screen.
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 360, "height", 740, "deviceScaleFactor", 2, "mobile", true));
        wait = new WebDriverWait(driver, PATIENCE);
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Keeps what the browser shows at 360 px in target/, to be looked at. */
    /** The page at {@code url} as a first visit: signed out, no remembered commune, its commune list loaded. */
    void openFresh(String url) {
        driver.get(url);
        js("localStorage.clear();");
        driver.navigate().refresh();
        wait.until(d -> "true".equals(js("return document.getElementById('commune').dataset.loaded || null;")));
    }

    /** Picks a commune as a user does: its province's button, then its own, turning pages until they show. */
    void pickCommune(String provinceId, String communeId) {
        if (!driver.findElement(By.id("picker")).isDisplayed()) {
            driver.findElement(By.id("commune")).click();
        }
        clickPaged(By.cssSelector("#picker-list button[data-province='" + provinceId + "']"));
        clickPaged(By.cssSelector("#picker-list button[data-commune='" + communeId + "']"));
        wait.until(d -> communeId.equals(js("return document.getElementById('commune').dataset.commune;")));
    }

    private void clickPaged(By button) {
        wait.until(d -> {
            List<WebElement> found = d.findElements(button);
            if (!found.isEmpty()) {
                found.get(0).click();
                return true;
            }
            WebElement next = d.findElement(By.id("picker-next"));
            if (next.isDisplayed()) {
                next.click();
            }
            return false;
        });
    }

    void screenshot(String name) throws IOException {
        Files.write(Path.of("target", name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    /** Every asset the page references or loaded comes from the app itself: no CDN, nothing outside. */
    @SuppressWarnings("unchecked")
    void assertLoadsOnlyFrom(String base) {
        List<String> urls = (List<String>) js("""
                const urls = [...document.querySelectorAll('script[src], link[href], img[src], iframe[src], source[src], audio[src], video[src]')]
                    .map(e => e.src || e.href);
                return urls.concat(performance.getEntriesByType('resource').map(e => e.name));""");
        assertFalse(urls.isEmpty());
        for (String url : urls) {
            assertTrue(url.startsWith(base + "/") || url.startsWith("blob:" + base + "/") || url.startsWith("data:"),
                    "the page loads " + url + " from outside the app");
        }
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        service.stop();
        delete(profileDir);
    }

    static void delete(Path dir) throws IOException {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
