package vn.khaosat.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Set;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.khaosat.BrowserTest;
import vn.khaosat.TestCampaigns;
import vn.khaosat.TestClock;
import vn.khaosat.TestCycles;
import vn.khaosat.TestResponses;
import vn.khaosat.base.AppTime;
import vn.khaosat.cycle.Narrative;
import vn.khaosat.plan.CampaignService;
import vn.khaosat.plan.Channel;
import vn.khaosat.plan.RunningCampaign;

/** Quarter I of Tây Xuân goes to Huyện Tây Sơn, comes back with a comment, goes again and is approved. */
class ReportBrowserIT extends BrowserTest {

    @Autowired
    TestCampaigns campaigns;
    @Autowired
    TestCycles cycles;
    @Autowired
    CampaignService campaignService;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void quarterOneIsPublished() {
        TestClock.set(2024, 3, 16, 9, 0);
        campaigns.run("TX", "TT4-3M", Set.of(Channel.PAPER));
        cycles.openDueWork("TX", 2024);
        RunningCampaign campaign = campaignService.runningCampaign("TX", 2024).orElseThrow();
        TestResponses.insert(jdbc, campaign, "TP-HT", LocalDate.of(2024, 2, 10), 1, 1, 2, 1);
        TestResponses.insert(jdbc, campaign, "VHXH", LocalDate.of(2024, 3, 5), 1, 3, 2, 2);
        cycles.publish("TX", "2024-03", new Narrative("Cán bộ tận tình, đúng hẹn", "Phòng chờ chật",
                "Bố trí thêm ghế chờ"), ZonedDateTime.of(2024, 3, 28, 8, 0, 0, 0, AppTime.ZONE));
        // the app lives on 1/4/2024 while the people work
        TestClock.set(2024, 4, 1, 9, 0);
    }

    @AfterEach
    void cleanUp() {
        campaigns.deleteAll();
        ClockUtil.reset();
    }

    @Test
    void submitted_returned_resubmitted_and_approved_across_the_commune_and_the_district() throws Exception {
        login("canbo.tx", "demo1234");
        openTask("Chuẩn bị báo cáo");
        waitForText("Chuẩn bị báo cáo quý I/2024 – Xã Tây Xuân");
        waitForText("I. KẾT QUẢ THỰC HIỆN");
        screenshot("40-report-prepare");
        clickButton("Trình lãnh đạo ký");
        waitForText("Đã trình lãnh đạo ký");
        logout();

        login("chutich.tx", "demo1234");
        openTask("Ký, gửi báo cáo");
        clickButton("Ký và gửi cấp trên");
        waitForText("Đã gửi báo cáo lên cấp trên");
        logout();

        login("noivu.ts", "demo1234");
        openTask("Xem xét báo cáo");
        waitForText("Xem xét báo cáo quý I/2024 – Xã Tây Xuân");
        screenshot("41-report-review");
        clickButton("Trả lại");
        waitForText("Hãy ghi ý kiến khi trả lại báo cáo");
        type("Ý kiến khi trả lại", "Nêu rõ nguyên nhân phòng chờ chật");
        clickButton("Trả lại");
        waitForText("Đã trả lại báo cáo cho xã");
        logout();

        login("canbo.tx", "demo1234");
        openTask("Chỉnh sửa báo cáo");
        waitForText("Cấp trên trả lại với ý kiến: Nêu rõ nguyên nhân phòng chờ chật");
        type("Khó khăn, tồn tại, hạn chế", "Phòng chờ chỉ có 6 ghế cho 40 lượt mỗi ngày");
        clickButton("Trình lãnh đạo ký");
        waitForText("Đã trình lãnh đạo ký");
        logout();

        login("chutich.tx", "demo1234");
        openTask("Ký, gửi báo cáo");
        waitForText("Phòng chờ chỉ có 6 ghế cho 40 lượt mỗi ngày");
        clickButton("Ký và gửi cấp trên");
        waitForText("Đã gửi báo cáo lên cấp trên");
        logout();

        login("noivu.ts", "demo1234");
        openTask("Xem xét báo cáo");
        click("//vaadin-tab[normalize-space()='Lịch sử']");
        waitForText("Nêu rõ nguyên nhân phòng chờ chật");
        screenshot("42-report-history");
        clickButton("Chấp thuận báo cáo");
        waitForText("Đã chấp thuận báo cáo");

        open("/district");
        waitForText("Theo dõi các xã");
        waitForText("Đã chấp thuận");
        String page = driver.findElement(By.tagName("body")).getText();
        // on 1/4 the other communes are still within their due date (2/4)
        assertThat(page).contains("Xã Tây Xuân", "87,5%", "Tốt", "Trong hạn", "Bảng tổng hợp các xã");
        wait.until(d -> !d.findElements(By.cssSelector(".chart canvas")).isEmpty());
        screenshot("43-district-dashboard");
    }

    private void openTask(String name) {
        waitForText(name);
        click("//vaadin-grid-cell-content[normalize-space()='" + name + "']/following::vaadin-button[normalize-space()='Mở'][1]");
    }
}
