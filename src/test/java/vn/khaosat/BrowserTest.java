package vn.khaosat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A test in Debian's headless Chromium against the application on its random port. Nothing is
 * downloaded: the browser and its driver come from the chromium and chromium-driver packages,
 * which .ci/run installs. Without them the test is skipped, except on CI where it fails.
 */
@SpringTest
public abstract class BrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    protected int port;
    protected WebDriver driver;
    protected WebDriverWait wait;
    private Path profile;

    @BeforeEach
    void startBrowser() throws IOException {
        profile = Files.createTempDirectory("chromium-profile");
        launchBrowser();
    }

    /** Quits the browser and starts it again on the same profile, as a tablet restarting keeps its storage. */
    protected void restartBrowser() throws IOException {
        driver.quit();
        launchBrowser();
    }

    private void launchBrowser() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && System.getenv("CI") != null) {
            throw new IllegalStateException("chromium and chromium-driver must be installed on CI (.ci/run does it)");
        }
        Assumptions.assumeTrue(installed, "Debian chromium and chromium-driver are not installed");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1366,900", "--lang=vi",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = newWait();
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    protected void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    protected void login(String username, String password) {
        open("/login");
        wait.until(d -> !d.findElements(By.id("vaadinLoginUsername")).isEmpty());
        driver.findElement(By.id("vaadinLoginUsername")).sendKeys(username);
        driver.findElement(By.id("vaadinLoginPassword")).sendKeys(password + "\n");
    }

    protected void waitForText(String text) {
        newWait().withMessage(() -> "page never showed: " + text)
                .until(d -> d.findElement(By.tagName("body")).getText().contains(text));
    }

    protected void click(String xpath) {
        wait.until(d -> {
            var element = d.findElement(By.xpath(xpath));
            ((org.openqa.selenium.JavascriptExecutor) d)
                    .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
            element.click();
            return true;
        });
    }

    /** Clicks a button by its text: a Vaadin button, or a plain one (the kiosk and the online form). */
    protected void clickButton(String text) {
        click("//*[self::vaadin-button or self::button][normalize-space()='" + text + "']");
    }

    /** Types into the Vaadin text field (or area) with that label, replacing what it held. */
    protected void type(String label, String text) {
        String xpath = "//*[self::vaadin-text-field or self::vaadin-integer-field or self::vaadin-date-picker "
                + "or self::vaadin-text-area][label[normalize-space()='" + label + "']]//*[self::input or self::textarea]";
        wait.until(d -> !d.findElements(By.xpath(xpath)).isEmpty());
        var input = driver.findElement(By.xpath(xpath));
        input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), text,
                org.openqa.selenium.Keys.ENTER);
        // a date picker opens its overlay while typing; leave the field closed
        input.sendKeys(org.openqa.selenium.Keys.ESCAPE, org.openqa.selenium.Keys.TAB);
    }

    /**
     * Waits until no overlay is open or closing: while one is (a date picker closing after typing),
     * Vaadin hides the rest of the page from assistive technology, which an accessibility check would
     * report as hidden focusable elements. On a slow machine a date picker may open its overlay after
     * the keys that should have closed it (CI once waited 30 s on one): a picker still open is closed,
     * as a user would with Escape, and the wait says what stayed open.
     */
    protected void waitForOverlaysClosed() {
        var js = (org.openqa.selenium.JavascriptExecutor) driver;
        String[] open = {null};
        newWait().withMessage(() -> "an overlay stayed open: " + open[0]).until(d -> {
            open[0] = (String) js.executeScript("""
                    const pickers = document.querySelectorAll('vaadin-date-picker[opened], vaadin-combo-box[opened], vaadin-select[opened]');
                    pickers.forEach(p => p.opened = false);
                    const e = document.querySelector('vaadin-date-picker-overlay[opened], vaadin-combo-box-overlay[opened], '
                        + 'vaadin-select-overlay[opened], [data-aria-hidden]');
                    return e ? e.outerHTML.substring(0, 200) + (pickers.length ? ' (closed ' + pickers.length + ' picker)' : '') : null;
                    """);
            return open[0] == null;
        });
    }

    /**
     * A wait of 30 s that tries again while Vaadin replaces the page (a stale element, or Chromium's
     * "node does not belong to the document") or a notification covers what is clicked. Each message
     * goes on a wait of its own: set on the shared one, it would stay on every later wait.
     */
    private WebDriverWait newWait() {
        var fresh = new WebDriverWait(driver, Duration.ofSeconds(30));
        fresh.ignoring(StaleElementReferenceException.class).ignoring(org.openqa.selenium.WebDriverException.class);
        return fresh;
    }

    protected void logout() {
        clickButton("Đăng xuất");
        wait.until(d -> d.getCurrentUrl().endsWith("/login"));
    }

    /**
     * Cuts the browser's network or gives it back, through the DevTools protocol: the page's requests
     * (Network.emulateNetworkConditions, and navigator.onLine with it) and, by rule, its service
     * worker's, which the first no longer reaches in current Chromium.
     */
    protected void network(boolean online) {
        ChromeDriver chrome = (ChromeDriver) driver;
        Map<String, Object> conditions = Map.of("offline", !online, "latency", 0, "downloadThroughput", -1,
                "uploadThroughput", -1);
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.emulateNetworkConditions", conditions);
        Map<String, Object> everyUrl = new java.util.HashMap<>(conditions);
        everyUrl.put("urlPattern", "");
        chrome.executeCdpCommand("Network.emulateNetworkConditionsByRule", Map.of("emulateOfflineServiceWorker", !online,
                "matchedNetworkConditions", List.of(everyUrl)));
    }

    /** Waits until a service worker controls the page: from then on it opens without the server. */
    protected void waitUntilServiceWorkerControls() {
        wait.until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return navigator.serviceWorker.controller !== null")));
    }

    protected void screenshot(String name) throws IOException {
        Path file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(file, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
