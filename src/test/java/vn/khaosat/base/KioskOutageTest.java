package vn.khaosat.base;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;

import vn.khaosat.KaribuTest;
import vn.khaosat.TestCampaigns;
import vn.khaosat.TestClock;
import vn.khaosat.collection.ui.KioskScreen;
import vn.khaosat.plan.Channel;

/** The database away when a citizen presses "send" at the kiosk: asked to press again, nothing lost, stored once. */
class KioskOutageTest extends KaribuTest {

    @Autowired
    TestCampaigns campaigns;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void cleanUp() {
        campaigns.deleteAll();
        ClockUtil.reset();
    }

    @Test
    void the_answer_stays_on_the_kiosk_and_goes_through_once_when_the_database_is_back() throws Exception {
        TestClock.set(2024, 3, 10, 9, 0);
        campaigns.run("TX", "TT4-3M", Set.of(Channel.KIOSK));
        String token = campaigns.registerKiosk("TX", "Kiosk quầy 3");
        UI.getCurrent().navigate("kiosk/" + token);
        KioskScreen kiosk = _get(KioskScreen.class);
        _click(_get(kiosk, Button.class, spec -> spec.withText("Tư pháp – hộ tịch")));
        for (int i = 0; i < 4; i++) {
            _click(_get(kiosk, Button.class, spec -> spec.withText("Rất hài lòng")));
        }
        Button send = _get(kiosk, Button.class, spec -> spec.withText("Gửi đánh giá"));

        EmbeddedMariaDb.stopForOutage();
        try {
            _click(send);
        } finally {
            EmbeddedMariaDb.startAfterOutage();
        }
        assertThat(kiosk.getElement().getTextRecursively())
                .contains("Chưa gửi được. Xin vui lòng bấm \"Gửi đánh giá\" lại; câu trả lời vẫn được giữ.");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM survey_response", Integer.class)).isZero();

        _click(send);
        assertThat(kiosk.getElement().getTextRecursively()).contains("Xin cảm ơn ông/bà!");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM survey_response", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM response_answer", Integer.class)).isEqualTo(4);
    }
}
