package vn.khaosat.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.khaosat.BrowserTest;
import vn.khaosat.TestCampaigns;
import vn.khaosat.TestClock;
import vn.khaosat.TestResponses;
import vn.khaosat.plan.CampaignService;
import vn.khaosat.plan.Channel;
import vn.khaosat.plan.RunningCampaign;

/** The January cycle in a browser: staff open it from the inbox, finalise, and review the figures. */
class CycleBrowserIT extends BrowserTest {

    @Autowired
    TestCampaigns campaigns;
    @Autowired
    CampaignService campaignService;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void januaryWorkOpens() {
        TestClock.set(2024, 1, 5, 9, 0);
        campaigns.run("TX", "TT4-3M", Set.of(Channel.PAPER));
        RunningCampaign campaign = campaignService.runningCampaign("TX", 2024).orElseThrow();
        TestResponses.insert(jdbc, campaign, "TP-HT", LocalDate.of(2024, 1, 10), 1, 1, 2, 1);
        TestResponses.insert(jdbc, campaign, "VHXH", LocalDate.of(2024, 1, 11), 2, 1, 2, 3);
        TestClock.set(2024, 1, 15, 7, 0);
        ProcessInstance process = runtime.createProcessInstanceQuery().processInstanceBusinessKey("campaign-2024-TX")
                .singleResult();
        management.executeJob(management.createJobQuery().processInstanceId(process.getId()).timers().activityId(vn.khaosat.plan.SurveyCampaignProcess.TIMER_WORK_OPENS).singleResult()
                .getId());
        vn.khaosat.TestJobs.runDue(management, process.getId());
    }

    @AfterEach
    void cleanUp() {
        campaigns.deleteAll();
        ClockUtil.reset();
    }

    @Test
    void staff_finalise_the_january_data_and_review_the_figures() throws Exception {
        login("canbo.tx", "demo1234");
        waitForText("Chốt số liệu");
        clickButton("Mở");
        waitForText("Chốt số liệu kỳ công bố 28/01/2024 – Xã Tây Xuân");
        screenshot("30-cycle-finalise");
        clickButton("Xác nhận chốt số liệu");
        waitForText("Đã chốt số liệu; hệ thống đang tổng hợp");

        ProcessInstance cycle = runtime.createProcessInstanceQuery().processInstanceBusinessKey("cycle-2024-01-TX")
                .singleResult();
        management.executeJob(management.createJobQuery().processInstanceId(cycle.getId()).singleResult().getId());
        open("/");
        waitForText("Xem xét kết quả, viết đánh giá");
        clickButton("Mở");
        waitForText("Xem xét kết quả kỳ công bố 28/01/2024");
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("Ưu điểm", "Nhiệm vụ thời gian tới",
                "Thời gian giải quyết");
        screenshot("31-cycle-review");
        type("Ưu điểm", "Cán bộ tận tình, đúng hẹn");
        clickButton("Trình lãnh đạo duyệt");
        waitForText("Đã trình lãnh đạo duyệt");
        logout();

        login("chutich.tx", "demo1234");
        waitForText("Duyệt công bố");
        clickButton("Mở");
        waitForText("Cán bộ tận tình, đúng hẹn");
        clickButton("Duyệt công bố");
        waitForText("Đã duyệt; kết quả sẽ được công bố lúc 08:00 ngày 28");
        logout();

        TestClock.set(2024, 1, 28, 8, 0);
        management.executeJob(management.createJobQuery().processInstanceId(cycle.getId()).timers().singleResult().getId());
        ClockUtil.reset();

        // the public page, no login: the frozen figures, the charts and the notice
        open("/cong-khai/TX");
        waitForText("Tải thông báo niêm yết (PDF)");
        wait.until(d -> !d.findElements(By.cssSelector(".chart canvas")).isEmpty());
        String page = driver.findElement(By.tagName("body")).getText();
        assertThat(page).contains("tháng 1/2024", "Thời gian giải quyết", "Tỷ lệ hài lòng theo lĩnh vực (%)",
                "Số phiếu phát ra");
        screenshot("32-public-results");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()",
                driver.findElement(By.cssSelector(".chart")));
        screenshot("33-public-charts");
    }
}
