package vn.khaosat.collection.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

import vn.khaosat.KaribuTest;
import vn.khaosat.TestCampaigns;
import vn.khaosat.TestClock;
import vn.khaosat.plan.Channel;

/** The SIPAS questionnaire online: one content area per screen; the feedback area may be skipped. */
class SipasKioskTest extends KaribuTest {

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
        UI.getCurrent().navigate("khao-sat/BD");
        OnlineSurveyView view = _get(OnlineSurveyView.class);
        _click(_get(view, Button.class, spec -> spec.withText("Địa chính – xây dựng – môi trường")));
        for (int area = 0; area < 4; area++) {
            for (Button good : _find(view, Button.class, spec -> spec.withText("Rất hài lòng"))) {
                _click(good);
            }
            _click(_get(view, Button.class, spec -> spec.withText("Tiếp tục")));
        }
        assertThat(_get(view, H2.class).getText()).isEqualTo("Ông/bà đã từng góp ý, phản ánh hoặc kiến nghị với cơ quan chưa?");
        _click(_get(view, Button.class, spec -> spec.withText("Có")));
        assertThat(_find(view, H2.class)).hasSize(4);
        for (Button good : _find(view, Button.class, spec -> spec.withText("Hài lòng"))) {
            _click(good);
        }
        _click(_get(view, Button.class, spec -> spec.withText("Tiếp tục")));
        _click(_get(view, Button.class, spec -> spec.withText("Gửi đánh giá")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM response_answer", Integer.class)).isEqualTo(22);
    }

    @Test
    void each_content_area_is_one_screen_and_the_optional_feedback_area_can_stay_empty() {
        UI.getCurrent().navigate("khao-sat/BD");
        OnlineSurveyView view = _get(OnlineSurveyView.class);
        _click(_get(view, Button.class, spec -> spec.withText("Tư pháp – hộ tịch")));

        int[] criteriaPerArea = {4, 5, 6, 3};
        for (int area = 0; area < 4; area++) {
            int screen = area + 1;
            assertThat(_find(view, Paragraph.class)).extracting(Paragraph::getText).contains("Câu " + screen + "/5");
            assertThat(_find(view, H2.class)).hasSize(criteriaPerArea[area]);
            // the Next button waits for every criterion of the area
            _click(_get(view, Button.class, spec -> spec.withText("Tiếp tục")));
            assertThat(_find(view, H2.class)).hasSize(criteriaPerArea[area]);
            for (Button good : _find(view, Button.class, spec -> spec.withText("Hài lòng"))) {
                _click(good);
            }
            _click(_get(view, Button.class, spec -> spec.withText("Tiếp tục")));
        }
        assertThat(_get(view, H2.class).getText()).startsWith("Ông/bà đã từng góp ý");
        _click(_get(view, Button.class, spec -> spec.withText("Không")));
        _click(_get(view, Button.class, spec -> spec.withText("Gửi đánh giá")));

        assertThat(view.getElement().getTextRecursively()).contains("Xin cảm ơn ông/bà!");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM response_answer", Integer.class)).isEqualTo(18);
        assertThat(jdbc.queryForList("SELECT DISTINCT level FROM response_answer", Integer.class)).containsExactly(2);
    }
}
