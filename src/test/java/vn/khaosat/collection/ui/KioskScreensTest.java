package vn.khaosat.collection.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.springframework.security.core.userdetails.UserDetailsService;
import com.vaadin.flow.component.button.Button;

import vn.khaosat.KaribuTest;
import vn.khaosat.Login;
import vn.khaosat.TestCampaigns;
import vn.khaosat.TestClock;
import vn.khaosat.collection.KioskService;
import vn.khaosat.collection.OfficerService;
import vn.khaosat.collection.QueuedRatingService;
import vn.khaosat.collection.Submission;
import vn.khaosat.plan.Channel;

class KioskScreensTest extends KaribuTest {

    @Autowired
    TestCampaigns campaigns;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    KioskService kiosks;
    @Autowired
    OfficerService officers;
    @Autowired
    QueuedRatingService queued;
    @Autowired
    UserDetailsService users;

    @BeforeEach
    void runningCampaign() {
        TestClock.set(2024, 3, 10, 9, 0);
        campaigns.run("TX", "TT4-3M", Set.of(Channel.KIOSK, Channel.ONLINE));
    }

    @AfterEach
    void cleanUp() {
        jdbc.update("DELETE FROM kept_rating");
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

        // the kiosk page refuses it from now on (the page itself is tested in the browser: OfflineKioskBrowserIT)
        assertThat(kiosks.authenticate(view.lastAddress.substring("/kiosk/".length()))).isEmpty();
    }

    @Test
    void staff_list_the_receiving_officers_the_kiosk_asks_about() {
        loginAndOpen("canbo.tx", "kiosks");
        KiosksView view = _get(KiosksView.class);
        view.officerNames.setValue("Nguyễn Thị Lan\n  \nTrần Văn Bình\nNguyễn Thị Lan");
        _click(view.saveOfficers);
        assertThat(view.officerNames.getValue()).isEqualTo("Nguyễn Thị Lan\nTrần Văn Bình");
        assertThat(officers.officers("TX")).containsExactly("Nguyễn Thị Lan", "Trần Văn Bình");
    }

    @Test
    void staff_see_when_each_kiosk_last_sent_its_clock_skew_and_the_ratings_kept_after_their_period_closed()
            throws Exception {
        Login.as(users, "canbo.tx");
        var registered = kiosks.register("TX", "Kiosk quầy 3");
        Login.out();
        var kiosk = kiosks.authenticate(registered.token()).orElseThrow();
        Instant now = Instant.parse("2024-03-10T02:00:00Z");
        // a tablet an hour behind sends a rating it took in January 2023, long before this campaign
        queued.submit(new Submission(null, "TP-HT", Channel.KIOSK, null, List.of(new Submission.Answer(1, 1),
                new Submission.Answer(2, 1), new Submission.Answer(3, 1), new Submission.Answer(4, 1)), null, null, null,
                null, "kept-0000-0001"), Instant.parse("2023-01-05T01:00:00Z"), now.minusSeconds(3600), kiosk, "10.0.0.9");

        loginAndOpen("canbo.tx", "kiosks");
        KiosksView view = _get(KiosksView.class);
        String row = view.getElement().getTextRecursively();
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains("10/03/2024 09:00");
        Span skew = (Span) GridKt._getCellComponent(view.grid, 0, "skew");
        assertThat(skew.getText()).isEqualTo("Chậm hơn 1 giờ 0 phút");
        assertThat(skew.getClassNames()).contains(LumoUtility.TextColor.ERROR);
        assertThat(view.kept.isVisible()).isTrue();
        assertThat(GridKt._getFormattedRow(view.kept, 0)).containsExactly("Xã Tây Xuân", "Kiosk quầy 3", "05/01/2023 09:00",
                "10/03/2024 09:00");
        assertThat(row).contains("Đánh giá gửi muộn, ngoài kỳ thu thập");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM survey_response", Integer.class)).isZero();
    }
}
