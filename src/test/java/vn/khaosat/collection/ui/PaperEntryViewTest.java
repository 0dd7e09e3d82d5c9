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

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyPressEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;

import vn.khaosat.KaribuTest;
import vn.khaosat.TestCampaigns;
import vn.khaosat.TestClock;
import vn.khaosat.collection.PaperService;
import vn.khaosat.plan.Channel;

class PaperEntryViewTest extends KaribuTest {

    @Autowired
    TestCampaigns campaigns;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void runningCampaign() {
        TestClock.set(2024, 3, 20, 9, 0);
        campaigns.run("TX", "TT4-3M", Set.of(Channel.PAPER));
    }

    @AfterEach
    void cleanUp() {
        campaigns.deleteAll();
        ClockUtil.reset();
    }

    @Test
    void staff_issue_forms_then_type_them_in_with_the_keyboard_and_serials_are_checked() {
        loginAndOpen("canbo.tx", "paper");
        PaperEntryView view = _get(PaperEntryView.class);
        assertThat(view.field.getValue().code()).isEqualTo("TP-HT");

        view.printCount.setValue(3);
        _click(view.print);
        assertThat(_get(view.printed, Anchor.class).getText()).isEqualTo("Tải phiếu để in (PDF)");
        assertThat(issued(view, "TP-HT")).isEqualTo(3);

        typeAndPressEnter(view, "tx-2024-00001", "1121");
        assertThat(view.lastSaved.getText()).isEqualTo("Đã lưu phiếu TX-2024-00001");
        assertThat(view.serial.getValue()).isEmpty();
        assertThat(view.digits.getValue()).isEmpty();
        assertThat(view.entered.getListDataView().getItems()).extracting(PaperService.EnteredForm::digits)
                .containsExactly("1121");

        typeAndPressEnter(view, "TX-2024-00001", "1111");
        assertThat(view.serial.getErrorMessage()).isEqualTo("Phiếu có số này đã được nhập");
        assertThat(view.digits.getValue()).isEqualTo("1111");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM survey_response", Integer.class)).isEqualTo(1);

        typeAndPressEnter(view, "TX-2024-00009", "11");
        assertThat(view.serial.getErrorMessage()).isEqualTo("Số phiếu này chưa được phát ra cho lĩnh vực đã chọn");
        assertThat(view.digits.getErrorMessage()).startsWith("Nhập mỗi tiêu chí một chữ số");
        assertThat(view.serial.getValue()).isEqualTo("TX-2024-00009");

        typeAndPressEnter(view, "TX-2024-00002", "2222");
        assertThat(collected(view, "TP-HT")).isEqualTo(2);

        Button delete = (Button) GridKt._getCellComponent(view.entered, 0, "actions");
        _click(delete);
        assertThat(collected(view, "TP-HT")).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM response_audit", Integer.class)).isEqualTo(1);
    }

    @Test
    void a_form_dated_where_no_campaign_takes_it_is_refused_beside_its_date_and_one_of_late_december_is_taken() {
        loginAndOpen("canbo.tx", "paper");
        PaperEntryView view = _get(PaperEntryView.class);
        view.printCount.setValue(2);
        _click(view.print);

        // 20/11/2023 counts in 2023, and the commune had no plan then
        view.givenOn.setValue(java.time.LocalDate.of(2023, 11, 20));
        typeAndPressEnter(view, "TX-2024-00001", "1111");
        assertThat(view.givenOn.isInvalid()).isTrue();
        assertThat(view.givenOn.getErrorMessage()).startsWith("Ngày trên phiếu không thuộc đợt khảo sát nào của xã");
        assertThat(view.serial.getValue()).isEqualTo("TX-2024-00001");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM survey_response", Integer.class)).isZero();
        // with a serial never issued as well, both mistakes are shown at once
        typeAndPressEnter(view, "TX-2024-00009", "1111");
        assertThat(view.serial.getErrorMessage()).isEqualTo("Số phiếu này chưa được phát ra cho lĩnh vực đã chọn");
        assertThat(view.givenOn.getErrorMessage()).startsWith("Ngày trên phiếu không thuộc đợt khảo sát nào của xã");

        // 20/12/2023 is in 2024's January window: taken
        view.givenOn.setValue(java.time.LocalDate.of(2023, 12, 20));
        typeAndPressEnter(view, "TX-2024-00001", "1111");
        assertThat(view.lastSaved.getText()).isEqualTo("Đã lưu phiếu TX-2024-00001");
        assertThat(jdbc.queryForObject("SELECT counted_on FROM survey_response", java.time.LocalDate.class))
                .isEqualTo(java.time.LocalDate.of(2023, 12, 20));
    }

    private static void typeAndPressEnter(PaperEntryView view, String serial, String digits) {
        view.serial.setValue(serial);
        view.digits.setValue(digits);
        ComponentUtil.fireEvent(view.digits, new KeyPressEvent(view.digits, Key.ENTER.getKeys().get(0)));
    }

    private static int issued(PaperEntryView view, String code) {
        return view.counts.getListDataView().getItems().filter(c -> c.field().code().equals(code)).findFirst()
                .orElseThrow().issued();
    }

    private static int collected(PaperEntryView view, String code) {
        return view.counts.getListDataView().getItems().filter(c -> c.field().code().equals(code)).findFirst()
                .orElseThrow().collected();
    }
}
