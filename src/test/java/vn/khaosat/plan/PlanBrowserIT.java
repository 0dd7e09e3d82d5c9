package vn.khaosat.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.khaosat.BrowserTest;
import vn.khaosat.TestClock;
import vn.khaosat.base.AppTime;

/** The plan of Xã Tây Xuân 2024 drafted by the demo staff user and approved by the demo leader, in a browser. */
class PlanBrowserIT extends BrowserTest {

    @Autowired
    CampaignService campaigns;

    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void january2024() {
        TestClock.set(ZonedDateTime.of(2024, 1, 5, 9, 0, 0, 0, AppTime.ZONE));
    }

    @AfterEach
    void cleanUp() {
        PlanFixtures.deleteAll(runtime, jdbc, campaigns);
    }

    @Test
    void staff_draft_the_tay_xuan_2024_plan_and_the_leader_approves_it() throws Exception {
        login("canbo.tx", "demo1234");
        waitForText("Việc của tôi");
        open("/plans");
        waitForText("Lập kế hoạch mới");
        type("Năm", "2024");
        clickButton("Lập kế hoạch mới");
        waitForText("Soạn kế hoạch khảo sát năm 2024 – Xã Tây Xuân");

        type("Số kế hoạch", "05/KH-UBND");
        type("Ngày ban hành", "12/01/2024");
        // every field is ticked in a new plan; Tây Xuân surveys three of them (source 004)
        for (String field : new String[] {"Lao động – thương binh và xã hội", "Chứng thực", "Kinh tế"}) {
            click("//vaadin-checkbox[label[normalize-space()='" + field + "']]//input");
        }
        waitForText("28/03/2024");
        screenshot("10-plan-draft");
        clickButton("Trình lãnh đạo duyệt");
        waitForText("Đã trình lãnh đạo duyệt");
        logout();

        login("chutich.tx", "demo1234");
        waitForText("Duyệt kế hoạch");
        clickButton("Mở");
        waitForText("Duyệt kế hoạch khảo sát năm 2024 – Xã Tây Xuân");
        assertThat(driver.findElement(By.tagName("body")).getText())
                .contains("05/KH-UBND", "12/01/2024", "Tải văn bản (PDF)", "28/12/2024");
        screenshot("11-plan-approve");
        clickButton("Duyệt và ban hành");
        waitForText("Đã duyệt; kế hoạch đang được ban hành");

        String process = runtime.createProcessInstanceQuery().processInstanceBusinessKey("plan-2024-TX")
                .singleResult().getId();
        management.executeJob(management.createJobQuery().processInstanceId(process).singleResult().getId());
        long planId = jdbc.queryForObject("SELECT id FROM survey_plan WHERE commune_code = 'TX'", Long.class);
        open("/plans/" + planId);
        waitForText("Đang diễn ra");
        assertThat(driver.findElement(By.tagName("body")).getText())
                .contains("Đã ban hành", "28/03/2024", "28/06/2024", "28/09/2024", "28/12/2024");
        screenshot("12-plan-issued");
    }
}
