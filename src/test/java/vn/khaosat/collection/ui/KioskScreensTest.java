package vn.khaosat.collection.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
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
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.QueryParameters;

import vn.khaosat.KaribuTest;
import vn.khaosat.Login;
import vn.khaosat.TestCampaigns;
import vn.khaosat.TestClock;
import vn.khaosat.plan.Channel;

class KioskScreensTest extends KaribuTest {

    @Autowired
    TestCampaigns campaigns;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void runningCampaign() {
        TestClock.set(2024, 3, 10, 9, 0);
        campaigns.run("TX", "TT4-3M", Set.of(Channel.KIOSK, Channel.ONLINE));
    }

    @AfterEach
    void cleanUp() {
        campaigns.deleteAll();
        ClockUtil.reset();
    }

    @Test
    void staff_register_a_kiosk_see_its_address_once_and_revoke_it() {
        loginAndOpen("canbo.tx", "kiosks");
        KiosksView view = _get(KiosksView.class);
        _click(view.register);
        assertThat(view.name.getErrorMessage()).isEqualTo("Không được để trống");

        view.name.setValue("Kiosk quầy 1");
        _click(view.register);
        assertThat(view.lastAddress).startsWith("/kiosk/").hasSizeGreaterThan(30);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM kiosk WHERE commune_code = 'TX'", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT token_hash FROM kiosk", String.class))
                .doesNotContain(view.lastAddress.substring(7)).hasSize(64);

        Button revoke = (Button) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(view.grid, 0, "actions");
        _click(revoke);
        assertThat(jdbc.queryForObject("SELECT revoked_by FROM kiosk", String.class)).isEqualTo("canbo.tx");

        UI.getCurrent().navigate(view.lastAddress.substring(1));
        assertThat(_get(KioskScreen.class).flow).isNull();
        assertThat(_get(KioskScreen.class).getElement().getTextRecursively())
                .contains("Thiết bị kiosk chưa được đăng ký hoặc đã bị thu hồi");
    }

    @Test
    void a_citizen_answers_at_the_kiosk_and_it_starts_over_after_the_thank_you() {
        loginAndOpen("canbo.tx", "kiosks");
        KiosksView view = _get(KiosksView.class);
        view.name.setValue("Kiosk quầy 2");
        _click(view.register);
        String address = view.lastAddress.substring(1);
        view.officerNames.setValue("Nguyễn Thị Lan\n  \nTrần Văn Bình\nNguyễn Thị Lan");
        _click(view.saveOfficers);
        assertThat(view.officerNames.getValue()).isEqualTo("Nguyễn Thị Lan\nTrần Văn Bình");
        Login.out();

        UI.getCurrent().navigate(address);
        KioskScreen kiosk = _get(KioskScreen.class);
        assertThat(_get(kiosk, H1.class).getText()).isEqualTo("Đánh giá mức độ hài lòng");
        _click(_get(kiosk, Button.class, spec -> spec.withText("Tư pháp – hộ tịch")));
        assertThat(_get(kiosk, H2.class).getText()).isEqualTo("Cán bộ nào đã tiếp nhận hồ sơ của ông/bà?");
        _click(_get(kiosk, Button.class, spec -> spec.withText("Trần Văn Bình")));
        for (int criterion = 1; criterion <= 4; criterion++) {
            assertThat(_get(kiosk, H2.class).getText()).startsWith(criterion + ". ");
            _click(_get(kiosk, Button.class, spec -> spec.withText("Rất hài lòng")));
        }
        _click(_get(kiosk, Button.class, spec -> spec.withText("Gửi đánh giá")));
        assertThat(_get(kiosk, H1.class).getText()).isEqualTo("Xin cảm ơn ông/bà!");
        assertThat(jdbc.queryForObject("SELECT CONCAT(channel, ' ', commune_code, ' ', officer) FROM survey_response",
                String.class)).isEqualTo("KIOSK TX Trần Văn Bình");
        assertThat(jdbc.queryForList("SELECT level FROM response_answer", Integer.class)).containsOnly(1).hasSize(4);

        long afterThanks = KioskScreen.elapsedMillis() + KioskScreen.THANKS_MILLIS + 1;
        kiosk.tick(afterThanks);
        assertThat(_get(kiosk, H2.class).getText()).isEqualTo("Ông/bà vừa giải quyết thủ tục thuộc lĩnh vực nào?");

        // a citizen who walks away mid-way: after a minute without a touch the kiosk starts over
        _click(_get(kiosk, Button.class, spec -> spec.withText("Văn hóa – xã hội")));
        _click(_get(kiosk, Button.class, spec -> spec.withText("Không nhớ")));
        kiosk.tick(afterThanks + 30_000);
        assertThat(_get(kiosk, H2.class).getText()).startsWith("1. ");
        kiosk.tick(afterThanks + KioskScreen.IDLE_MILLIS + 1);
        assertThat(_get(kiosk, H2.class).getText()).isEqualTo("Ông/bà vừa giải quyết thủ tục thuộc lĩnh vực nào?");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM survey_response", Integer.class)).isEqualTo(1);
    }

    @Test
    void the_online_form_refuses_a_dossier_rated_before_and_keeps_the_first_answer() {
        UI.getCurrent().navigate("khao-sat/TX", QueryParameters.of("ma", "HS-0042"));
        answerAll(_get(OnlineSurveyView.class), "Rất hài lòng");
        assertThat(_get(OnlineSurveyView.class).getElement().getTextRecursively()).contains("Xin cảm ơn ông/bà!");

        UI.getCurrent().navigate("khao-sat/TX", QueryParameters.of("ma", "HS-0042"));
        OnlineSurveyView second = _get(OnlineSurveyView.class);
        answerAll(second, "Không hài lòng");
        assertThat(second.getElement().getTextRecursively())
                .contains("Hồ sơ này đã được đánh giá trong đợt khảo sát; ý kiến trước đó được giữ nguyên");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM survey_response", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT DISTINCT level FROM response_answer", Integer.class)).containsExactly(1);
    }

    private static void answerAll(OnlineSurveyView view, String level) {
        _click(_get(view, Button.class, spec -> spec.withText("Văn hóa – xã hội")));
        for (int criterion = 1; criterion <= 4; criterion++) {
            _click(_get(view, Button.class, spec -> spec.withText(level)));
        }
        _click(_get(view, Button.class, spec -> spec.withText("Gửi đánh giá")));
    }
}
