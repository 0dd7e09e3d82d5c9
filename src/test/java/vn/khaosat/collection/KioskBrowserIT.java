package vn.khaosat.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.khaosat.BrowserTest;
import vn.khaosat.Login;
import vn.khaosat.TestCampaigns;
import vn.khaosat.TestClock;
import vn.khaosat.plan.Channel;

/** A citizen at the kiosk tablet (1280×800) and one on a phone with the online link. */
class KioskBrowserIT extends BrowserTest {

    @Autowired
    TestCampaigns campaigns;
    @Autowired
    KioskService kiosks;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CollectionService collection;
    @Autowired
    DossierService dossiers;

    @BeforeEach
    void runningCampaign() {
        TestClock.set(2024, 3, 10, 9, 0);
        campaigns.run("TX", "TT4-3M", Set.of(Channel.KIOSK, Channel.ONLINE, Channel.PAPER));
    }

    @AfterEach
    void cleanUp() {
        campaigns.deleteAll();
        ClockUtil.reset();
    }

    @Test
    void a_citizen_answers_on_the_tablet_and_the_kiosk_starts_over_by_itself() throws Exception {
        Login.as(users, "canbo.tx");
        String token = kiosks.register("TX", "Kiosk quầy 1").token();
        Login.out();
        driver.manage().window().setSize(new Dimension(1280, 800));

        open("/kiosk/" + token);
        waitForText("Ông/bà vừa giải quyết thủ tục thuộc lĩnh vực nào?");
        screenshot("20-kiosk-start");
        clickButton("Tư pháp – hộ tịch");
        waitForText("1. Thời gian giải quyết");
        screenshot("21-kiosk-question");
        for (int criterion = 1; criterion <= 4; criterion++) {
            waitForText(criterion + ". ");
            clickButton("Rất hài lòng");
        }
        waitForText("Gửi đánh giá");
        clickButton("Gửi đánh giá");
        waitForText("Xin cảm ơn ông/bà!");
        screenshot("22-kiosk-thanks");
        wait.until(d -> jdbc.queryForObject("SELECT COUNT(*) FROM survey_response WHERE channel = 'KIOSK'", Integer.class) == 1);

        wait.withTimeout(Duration.ofSeconds(20));
        waitForText("Ông/bà vừa giải quyết thủ tục thuộc lĩnh vực nào?");
    }

    @Test
    void a_citizen_switches_the_kiosk_to_english_and_it_stays_english_for_the_next_one() throws Exception {
        Login.as(users, "canbo.tx");
        String token = kiosks.register("TX", "Kiosk quầy 2").token();
        Login.out();
        open("/kiosk/" + token);
        waitForText("Ông/bà vừa giải quyết thủ tục thuộc lĩnh vực nào?");
        clickButton("Tiếng Anh (English)");
        waitForText("Which service field was your procedure in?");
        clickButton("Justice and civil status");
        for (int criterion = 1; criterion <= 4; criterion++) {
            waitForText(criterion + ". ");
            clickButton("Very satisfied");
        }
        clickButton("Send");
        waitForText("Thank you!");
        assertThat(driver.findElement(org.openqa.selenium.By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
        clickButton("Next person: tap here");
        waitForText("Which service field was your procedure in?");
        wait.until(d -> jdbc.queryForObject("SELECT COUNT(*) FROM survey_response WHERE channel = 'KIOSK'", Integer.class) == 1);
        clickButton("Vietnamese (Tiếng Việt)");
        waitForText("Ông/bà vừa giải quyết thủ tục thuộc lĩnh vực nào?");
    }

    @Test
    void staff_see_coverage_below_target_in_red() throws Exception {
        Login.as(users, "canbo.tx");
        var kiosk = kiosks.authenticate(kiosks.register("TX", "Kiosk quầy 1").token()).orElseThrow();
        for (int i = 0; i < 9; i++) {
            collection.submitAtKiosk(new Submission("TX", i < 6 ? "TP-HT" : "VHXH", Channel.KIOSK, null,
                    java.util.List.of(new Submission.Answer(1, 1), new Submission.Answer(2, 2),
                            new Submission.Answer(3, 1), new Submission.Answer(4, 1)),
                    null, null, null, null, null), kiosk, "127.0.0.1");
        }
        long tpht = jdbc.queryForObject("SELECT id FROM service_field WHERE code = 'TP-HT'", Long.class);
        long vhxh = jdbc.queryForObject("SELECT id FROM service_field WHERE code = 'VHXH'", Long.class);
        dossiers.enter(tpht, 2024, 3, 10);
        dossiers.enter(vhxh, 2024, 3, 3);
        Login.out();

        login("canbo.tx", "demo1234");
        waitForText("Việc của tôi");
        open("/coverage");
        waitForText("6/10 (60%)");
        assertThat(driver.findElement(org.openqa.selenium.By.tagName("body")).getText()).contains("3/3 (100%)");
        screenshot("24-coverage");
        open("/dossiers");
        waitForText("Nhập từ tệp của hệ thống một cửa");
        screenshot("25-dossiers");
        open("/paper");
        waitForText("Số phiếu phát ra và thu vào theo lĩnh vực");
        type("Số phiếu", "TX-2024-00001");
        screenshot("26-paper-entry");
    }

    @Test
    void a_citizen_answers_the_online_form_on_a_phone() throws Exception {
        driver.manage().window().setSize(new Dimension(390, 844));
        open("/khao-sat/TX?ma=HS-2024-0001");
        waitForText("Ông/bà vừa giải quyết thủ tục thuộc lĩnh vực nào?");
        clickButton("Văn hóa – xã hội");
        waitForText("1. Thời gian giải quyết");
        screenshot("23-online-phone");
        for (int criterion = 1; criterion <= 4; criterion++) {
            waitForText(criterion + ". ");
            clickButton("Hài lòng");
        }
        clickButton("Gửi đánh giá");
        waitForText("Xin cảm ơn ông/bà!");
        assertThat(jdbc.queryForObject("SELECT receipt_code FROM survey_response WHERE channel = 'ONLINE'", String.class))
                .isEqualTo("HS-2024-0001");

        // the same dossier a second time: refused at once, the first answer kept
        open("/khao-sat/TX?ma=HS-2024-0001");
        waitForText("Ông/bà vừa giải quyết thủ tục thuộc lĩnh vực nào?");
        clickButton("Văn hóa – xã hội");
        for (int criterion = 1; criterion <= 4; criterion++) {
            waitForText(criterion + ". ");
            clickButton("Không hài lòng");
        }
        clickButton("Gửi đánh giá");
        waitForText("Hồ sơ này đã được đánh giá trong đợt khảo sát; ý kiến trước đó được giữ nguyên");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM survey_response", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT DISTINCT level FROM response_answer", Integer.class)).containsExactly(2);
    }

    @Test
    void the_online_form_keeps_an_answer_when_the_phone_loses_the_network_and_sends_it_when_it_is_back()
            throws Exception {
        driver.manage().window().setSize(new Dimension(390, 844));
        open("/khao-sat/TX");
        waitForText("Ông/bà vừa giải quyết thủ tục thuộc lĩnh vực nào?");
        waitUntilServiceWorkerControls();
        clickButton("Tư pháp – hộ tịch");
        for (int criterion = 1; criterion <= 4; criterion++) {
            waitForText(criterion + ". ");
            clickButton("Rất hài lòng");
        }
        network(false);
        clickButton("Gửi đánh giá");
        waitForText("Ý kiến của ông/bà đã được lưu trên máy và sẽ tự động gửi khi có mạng.");
        screenshot("28-online-saved-offline");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM survey_response", Integer.class)).isZero();
        network(true);
        wait.withTimeout(Duration.ofSeconds(60)).until(d ->
                jdbc.queryForObject("SELECT COUNT(*) FROM survey_response WHERE channel = 'ONLINE'", Integer.class) == 1);
    }
}
