package vn.khaosat.training.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;

import vn.khaosat.KaribuTest;
import vn.khaosat.TestCampaigns;
import vn.khaosat.TestClock;
import vn.khaosat.base.AppTime;
import vn.khaosat.plan.Channel;

/** The trainer moves the application's time; what falls due runs at once. */
class TrainingClockViewTest extends KaribuTest {

    @Autowired
    TestCampaigns campaigns;
    @Autowired
    RuntimeService runtime;

    @AfterEach
    void cleanUp() {
        campaigns.deleteAll();
        ClockUtil.reset();
    }

    @Test
    void an_admin_moves_to_the_next_cut_off_and_the_28th_and_by_days_and_the_due_steps_run() {
        TestClock.set(2024, 1, 5, 9, 0);
        campaigns.run("TX", "TT4-3M", Set.of(Channel.PAPER));
        loginAndOpen("admin", TrainingClockView.ROUTE);
        TrainingClockView view = _get(TrainingClockView.class);
        assertThat(view.now.getText()).isEqualTo("Thời gian của hệ thống: 05/01/2024 09:00");
        assertThat(view.next.getGenericDataView().getItems().map(step -> step.activity()))
                .contains("Hết hạn chốt số liệu (07:00 ngày sau)");

        _click(view.toCutOff);
        assertThat(view.now.getText()).isEqualTo("Thời gian của hệ thống: 15/01/2024 07:00");
        assertThat(view.result.getText()).startsWith("Đã chuyển đến 15/01/2024 07:00; ").endsWith("bước đến hạn đã chạy.");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("cycle-2024-01-TX").count()).isOne();

        _click(view.toPublication);
        assertThat(view.now.getText()).isEqualTo("Thời gian của hệ thống: 28/01/2024 08:00");

        view.days.setValue(0);
        _click(view.forward);
        assertThat(view.days.isInvalid()).isTrue();
        assertThat(view.days.getErrorMessage()).isEqualTo("Nhập từ 1 đến 366 ngày");
        assertThat(view.now.getText()).isEqualTo("Thời gian của hệ thống: 28/01/2024 08:00");

        view.days.setValue(3);
        _click(view.forward);
        assertThat(view.days.isInvalid()).isFalse();
        assertThat(view.now.getText()).isEqualTo("Thời gian của hệ thống: 31/01/2024 08:00");

        _click(view.reset);
        assertThat(view.result.getText()).isEqualTo("Đã trở về thời gian thực.");
        assertThat(ClockUtil.getCurrentTime().toInstant()).isAfter(ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0, AppTime.ZONE)
                .toInstant());
    }

    @Test
    void only_an_admin_opens_it() {
        loginAndOpen("chutich.tx", "");
        try {
            UI.getCurrent().navigate(TrainingClockView.ROUTE);
        } catch (AssertionError refused) {
            assertThat(refused).hasMessageContaining("Access is denied");
        }
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .noneMatch(TrainingClockView.class::isInstance);
    }
}
