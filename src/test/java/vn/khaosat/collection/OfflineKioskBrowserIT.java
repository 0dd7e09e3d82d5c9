package vn.khaosat.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.khaosat.Axe;
import vn.khaosat.BrowserTest;
import vn.khaosat.Login;
import vn.khaosat.TestCampaigns;
import vn.khaosat.TestClock;
import vn.khaosat.TestServer;
import vn.khaosat.plan.CampaignService;
import vn.khaosat.plan.Channel;

/**
 * The kiosk tablet when the network drops and the server is away: ratings are kept on the tablet
 * (IndexedDB), the page opens from its service worker after a reload and a browser restart, and
 * every rating reaches the server once when it is back. The network is cut through the DevTools
 * protocol; the server is stopped by closing its port.
 */
class OfflineKioskBrowserIT extends BrowserTest {

    static final String START = "Ông/bà vừa giải quyết thủ tục thuộc lĩnh vực nào?";

    @Autowired
    TestCampaigns campaigns;
    @Autowired
    KioskService kiosks;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestServer server;
    @Autowired
    CampaignService campaignService;
    @Autowired
    OfficerService officers;

    String token;

    @BeforeEach
    void runningCampaign() {
        TestClock.set(2024, 3, 10, 9, 0);
        campaigns.run("TX", "TT4-3M", Set.of(Channel.KIOSK, Channel.ONLINE));
        Login.as(users, "canbo.tx");
        token = kiosks.register("TX", "Kiosk quầy 1").token();
        Login.out();
        server.reset();
    }

    @AfterEach
    void cleanUp() throws Exception {
        server.start();
        server.reset();
        jdbc.update("DELETE FROM kept_rating");
        campaigns.deleteAll();
        ClockUtil.reset();
    }

    @Test
    void fifty_ratings_taken_without_network_and_server_across_a_reload_and_a_restart_arrive_exactly_once() throws Exception {
        driver.manage().window().setSize(new Dimension(1280, 800));
        openKioskAndWaitUntilItWorksOffline();

        network(false);
        rate(20);
        assertThat(pending()).isEqualTo(20);
        driver.navigate().refresh();
        waitForText(START);
        rate(5);

        // the network back, the server gone: the page comes from the service worker's cache
        server.stop();
        network(true);
        driver.navigate().refresh();
        waitForText(START);
        rate(10);
        screenshot("60-kiosk-offline-pending");
        assertThat(pending()).isEqualTo(35);

        restartBrowser();
        driver.manage().window().setSize(new Dimension(1280, 800));
        open("/kiosk/" + token);
        waitForText(START);
        waitUntilPending(35);
        rate(15);
        assertThat(pending()).isEqualTo(50);
        assertThat(stored()).isZero();

        server.start();
        wait.withTimeout(Duration.ofSeconds(90)).until(d -> pending() == 0);
        assertThat(stored()).isEqualTo(50);
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT client_id) FROM survey_response", Integer.class)).isEqualTo(50);
        // every rating in the period of its day, as the tablet took it
        assertThat(jdbc.queryForList("SELECT DISTINCT given_on FROM survey_response", String.class))
                .containsExactly("2024-03-10");
        assertThat(jdbc.queryForObject("SELECT clock_skew_seconds FROM kiosk", Long.class)).isNotNull();
        screenshot("61-kiosk-synced");
    }

    @Test
    void a_rating_whose_acknowledgement_was_lost_is_sent_again_and_stored_once() throws Exception {
        openKioskAndWaitUntilItWorksOffline();
        server.loseAcknowledgements(1);
        rate(1);
        wait.withTimeout(Duration.ofSeconds(60)).until(d -> server.queuedRequests() >= 2 && pending() == 0);
        assertThat(stored()).isEqualTo(1);
        assertThat(server.queuedRequests()).isEqualTo(2);
    }

    @Test
    void a_revoked_kiosk_keeps_its_ratings_and_tells_staff_why_they_are_not_sent() throws Exception {
        openKioskAndWaitUntilItWorksOffline();
        Login.as(users, "canbo.tx");
        var kiosk = kiosks.kiosks().get(0);
        kiosks.revoke(kiosk.id(), kiosk.version());
        Login.out();

        rate(1);
        wait.until(d -> d.findElement(By.id("blocked")).isDisplayed());
        assertThat(driver.findElement(By.id("blocked")).getText())
                .contains("Thiết bị kiosk chưa được đăng ký hoặc đã bị thu hồi")
                .contains("Còn 1 đánh giá đang được giữ trên máy này");
        assertThat(pending()).isEqualTo(1);
        assertThat(stored()).isZero();
        screenshot("62-kiosk-revoked");
    }

    @Test
    void a_rating_the_server_will_never_take_leaves_the_queue_and_staff_see_why() throws Exception {
        openKioskAndWaitUntilItWorksOffline();
        // the plan no longer surveys at the kiosk while the tablet still shows the questionnaire
        jdbc.update("UPDATE survey_plan SET channels = REPLACE(channels, 'KIOSK', 'PAPER')");
        campaignService.forgetRunningCampaigns();
        rate(1);
        wait.until(d -> !d.findElements(By.id("refused")).isEmpty());
        WebElement refused = driver.findElement(By.id("refused"));
        assertThat(refused.getText()).isEqualTo("Máy chủ không nhận: 1");
        assertThat(refused.getDomAttribute("title")).isEqualTo("Kế hoạch của xã không dùng hình thức khảo sát này");
        waitUntilPending(0);
        assertThat(stored()).isZero();
    }

    @Test
    void the_next_citizen_gets_the_questionnaire_as_the_commune_changed_it() {
        openKioskAndWaitUntilItWorksOffline();
        Login.as(users, "canbo.tx");
        officers.replace("TX", "Nguyễn Thị Lan\nTrần Văn Bình");
        Login.out();
        rate(1);
        waitForText(START);
        clickButton("Tư pháp – hộ tịch");
        waitForText("Cán bộ nào đã tiếp nhận hồ sơ của ông/bà?");
        clickButton("Trần Văn Bình");
        for (int criterion = 1; criterion <= 4; criterion++) {
            waitForText(criterion + ". ");
            clickButton("Hài lòng");
        }
        clickButton("Gửi đánh giá");
        wait.until(d -> stored() == 2);
        assertThat(jdbc.queryForList("SELECT officer FROM survey_response WHERE officer IS NOT NULL", String.class))
                .containsExactly("Trần Văn Bình");
    }

    @Test
    void axe_finds_nothing_serious_or_critical_on_the_kiosk_screens() throws Exception {
        openKioskAndWaitUntilItWorksOffline();
        Map<String, List<Axe.Violation>> found = new LinkedHashMap<>();
        found.put("start", Axe.check(driver));
        clickButton("Tư pháp – hộ tịch");
        waitForText("1. Thời gian giải quyết");
        found.put("question", Axe.check(driver));
        for (int criterion = 1; criterion <= 4; criterion++) {
            waitForText(criterion + ". ");
            clickButton("Hài lòng");
        }
        waitForText("Góp ý");
        found.put("comment", Axe.check(driver));
        clickButton("Gửi đánh giá");
        waitForText("Xin cảm ơn ông/bà!");
        found.put("thanks", Axe.check(driver));
        System.out.println("axe-core on the offline kiosk, all impacts:\n" + Axe.describe(found));
        found.replaceAll((screen, violations) -> violations.stream().filter(Axe.Violation::seriousOrCritical).toList());
        assertThat(Axe.describe(found)).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void chromium_finds_the_kiosk_installable_with_its_manifest_and_icons() {
        openKioskAndWaitUntilItWorksOffline();
        ChromeDriver chrome = (ChromeDriver) driver;
        Map<String, Object> manifest = chrome.executeCdpCommand("Page.getAppManifest", Map.of());
        assertThat(manifest.get("url").toString()).endsWith("/kiosk/manifest.webmanifest");
        assertThat((List<Object>) manifest.get("errors")).isEmpty();
        assertThat(manifest.get("data").toString()).contains("\"display\": \"fullscreen\"").contains("icon-512.png");
        Map<String, Object> installable = chrome.executeCdpCommand("Page.getInstallabilityErrors", Map.of());
        assertThat((List<Object>) installable.get("installabilityErrors")).isEmpty();
    }

    private void openKioskAndWaitUntilItWorksOffline() {
        open("/kiosk/" + token);
        waitForText(START);
        // the service worker controls the page once it has cached the page and its files
        waitUntilServiceWorkerControls();
        waitUntilPending(0);
    }

    /** One citizen: the field, every criterion, send, then the next citizen. */
    private void rate(int citizens) {
        for (int i = 0; i < citizens; i++) {
            waitForText(START);
            clickButton(i % 2 == 0 ? "Tư pháp – hộ tịch" : "Văn hóa – xã hội");
            for (int criterion = 1; criterion <= 4; criterion++) {
                waitForText(criterion + ". ");
                clickButton(criterion % 2 == 0 ? "Hài lòng" : "Rất hài lòng");
            }
            clickButton("Gửi đánh giá");
            waitForText("Xin cảm ơn ông/bà!");
            clickButton("Người tiếp theo: bấm vào đây");
        }
    }

    private void waitUntilPending(int count) {
        wait.until(d -> pending() == count);
    }

    /** The discreet counter staff read on the tablet. */
    private int pending() {
        Object count = js().executeScript("const e = document.getElementById('pending'); return e ? e.dataset.count : null;");
        return count == null ? -1 : Integer.parseInt(count.toString());
    }

    private int stored() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM survey_response", Integer.class);
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }
}
