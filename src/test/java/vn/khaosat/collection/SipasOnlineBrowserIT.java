package vn.khaosat.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.khaosat.BrowserTest;
import vn.khaosat.TestCampaigns;
import vn.khaosat.TestClock;
import vn.khaosat.plan.Channel;

/** The SIPAS questionnaire online: one content area per screen; the feedback area is asked only of people who gave feedback. */
class SipasOnlineBrowserIT extends BrowserTest {

    @Autowired
    TestCampaigns campaigns;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void sipasCampaign() {
        TestClock.set(2024, 3, 10, 9, 0);
        campaigns.run("BD", "SIPAS-22", Set.of(Channel.ONLINE));
    }

    @AfterEach
    void cleanUp() {
        campaigns.deleteAll();
        ClockUtil.reset();
    }

    @Test
    void the_feedback_area_is_asked_only_of_people_who_gave_feedback() {
        open("/khao-sat/BD");
        clickButton("Địa chính – xây dựng – môi trường");
        for (int area = 0; area < 4; area++) {
            waitForText("Câu " + (area + 1) + "/5");
            clickAll("Rất hài lòng");
            clickButton("Tiếp tục");
        }
        waitForText("Ông/bà đã từng góp ý, phản ánh hoặc kiến nghị với cơ quan chưa?");
        clickButton("Có");
        waitForText("Câu 5/5");
        assertThat(driver.findElements(By.tagName("h2"))).hasSize(4);
        clickAll("Hài lòng");
        clickButton("Tiếp tục");
        clickButton("Gửi đánh giá");
        waitForText("Xin cảm ơn ông/bà!");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM response_answer", Integer.class)).isEqualTo(22);
    }

    @Test
    void each_content_area_is_one_screen_and_the_optional_feedback_area_can_stay_empty() throws Exception {
        open("/khao-sat/BD");
        clickButton("Tư pháp – hộ tịch");
        int[] criteriaPerArea = {4, 5, 6, 3};
        for (int area = 0; area < 4; area++) {
            waitForText("Câu " + (area + 1) + "/5");
            assertThat(driver.findElements(By.tagName("h2"))).hasSize(criteriaPerArea[area]);
            // the Next button waits for every criterion of the area
            clickButton("Tiếp tục");
            assertThat(driver.findElement(By.tagName("body")).getText()).contains("Câu " + (area + 1) + "/5");
            if (area == 0) {
                screenshot("27-sipas-area-online");
            }
            clickAll("Hài lòng");
            clickButton("Tiếp tục");
        }
        waitForText("Ông/bà đã từng góp ý");
        clickButton("Không");
        clickButton("Gửi đánh giá");
        waitForText("Xin cảm ơn ông/bà!");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM response_answer", Integer.class)).isEqualTo(18);
        assertThat(jdbc.queryForList("SELECT DISTINCT level FROM response_answer", Integer.class)).containsExactly(2);
    }

    /** Picks that level for every criterion on the screen. */
    private void clickAll(String level) {
        List<WebElement> buttons = driver.findElements(By.xpath("//button[normalize-space()='" + level + "']"));
        assertThat(buttons).isNotEmpty();
        buttons.forEach(WebElement::click);
    }
}
