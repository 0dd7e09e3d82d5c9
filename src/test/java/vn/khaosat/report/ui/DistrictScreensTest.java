package vn.khaosat.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;

import vn.khaosat.KaribuTest;
import vn.khaosat.Login;
import vn.khaosat.TestCampaigns;
import vn.khaosat.TestClock;
import vn.khaosat.TestDistrict;
import vn.khaosat.base.tasks.ui.MyTasksView;
import vn.khaosat.plan.PeriodType;
import vn.khaosat.report.ConsolidatedTable;
import vn.khaosat.report.DashboardStatus;
import vn.khaosat.report.DistrictDashboard;
import vn.khaosat.report.DistrictService;
import vn.khaosat.report.Grade;
import vn.khaosat.report.ReportProcess;
import vn.khaosat.report.ReportService;

/**
 * Huyện Tây Sơn's quarter I of 2024 with three communes: Tây Xuân publishes and reports (approved),
 * Bình Dương publishes and reports (returned), Tây Phú neither (missing, so weak).
 */
class DistrictScreensTest extends KaribuTest {

    @Autowired
    TestCampaigns campaigns;
    @Autowired
    TestDistrict district_;
    @Autowired
    ReportService reports;
    @Autowired
    DistrictService district;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void quarterOneOfTwoCommunesIsSentToTheDistrict() {
        district_.quarterOneSentToTheDistrict();
    }

    @AfterEach
    void cleanUp() {
        campaigns.deleteAll();
        ClockUtil.reset();
    }

    @Test
    void the_reviewer_returns_one_report_with_a_comment_and_approves_the_other() {
        loginAndOpen("noivu.ts", ReportProcess.REVIEW_ROUTE + "/" + reviewTask("BD"));
        ReportReviewView review = _get(ReportReviewView.class);
        assertThat(review.heading()).isEqualTo("Xem xét báo cáo quý I/2024 – Thị trấn Bình Dương");
        assertThat(review.panel.preview.getElement().getTextRecursively()).contains("BÁO CÁO", "I. KẾT QUẢ THỰC HIỆN",
                "Thiếu người");
        assertThat(review.panel.history.getListDataView().getItems()).extracting(e -> e.action())
                .containsExactly("STARTED", "PREPARED", "SIGNED", "SENT");
        _click(review.actions.sendBackButton());
        assertThat(review.actions.comment().getErrorMessage()).isEqualTo("Hãy ghi ý kiến khi trả lại báo cáo");
        assertThat(jdbc.queryForObject("SELECT status FROM period_report WHERE commune_code = 'BD'", String.class))
                .isEqualTo("IN_REVIEW");
        review.actions.comment().setValue("Bổ sung số liệu lĩnh vực Địa chính");
        _click(review.actions.sendBackButton());
        _get(MyTasksView.class);
        assertThat(jdbc.queryForObject("SELECT status FROM period_report WHERE commune_code = 'BD'", String.class))
                .isEqualTo("RETURNED");

        UI.getCurrent().navigate(ReportProcess.REVIEW_ROUTE + "/" + reviewTask("TX"));
        _click(_get(ReportReviewView.class).actions.approveButton());
        _get(MyTasksView.class);
        assertThat(jdbc.queryForObject("SELECT status FROM period_report WHERE commune_code = 'TX'", String.class))
                .isEqualTo("APPROVED");

        // the commune staff find the return in their inbox, with the comment
        Login.out();
        loginAndOpen("canbo.bd", ReportProcess.REVISE_ROUTE + "/" + tasks.createTaskQuery()
                .processInstanceBusinessKey("report-2024-Q1-BD").singleResult().getId());
        ReportReviseView revise = _get(ReportReviseView.class);
        assertThat(revise.getElement().getTextRecursively())
                .contains("Cấp trên trả lại với ý kiến: Bổ sung số liệu lĩnh vực Địa chính");
    }

    @Test
    void the_dashboard_shows_status_figures_grades_and_ranks_and_the_consolidated_table() {
        Login.as(userDetailsService, "noivu.ts");
        String bd = reviewTask("BD");
        reports.returnReport(bd, reports.reportOfTask(bd).version(), "Bổ sung");
        String tx = reviewTask("TX");
        reports.approve(tx, reports.reportOfTask(tx).version());

        DistrictDashboard dashboard = district.dashboard("TS", 2024, PeriodType.QUARTER_I);
        assertThat(dashboard.periodName()).isEqualTo("quý I/2024");
        assertThat(dashboard.rows()).extracting(DistrictDashboard.Row::communeCode).containsExactly("TX", "BD", "TP");
        DistrictDashboard.Row tayXuan = dashboard.rows().get(0);
        assertThat(tayXuan.status()).isEqualTo(DashboardStatus.APPROVED);
        // every answer of Tây Xuân is "very satisfied" or "satisfied"
        assertThat(tayXuan.overallRate()).isCloseTo(100.0, within(1e-9));
        assertThat(tayXuan.grade()).isEqualTo(Grade.EXCELLENT);
        assertThat(tayXuan.rank()).isEqualTo(1);
        assertThat(tayXuan.coverage()).isCloseTo(25.0, within(1e-9));
        DistrictDashboard.Row binhDuong = dashboard.rows().get(1);
        assertThat(binhDuong.status()).isEqualTo(DashboardStatus.RETURNED);
        assertThat(binhDuong.overallRate()).isCloseTo(80.0, within(1e-9));
        assertThat(binhDuong.fieldRates()).containsEntry("TP-HT", 80.0);
        assertThat(binhDuong.grade()).isEqualTo(Grade.FAIR);
        assertThat(binhDuong.rank()).isEqualTo(2);
        DistrictDashboard.Row tayPhu = dashboard.rows().get(2);
        assertThat(tayPhu.status()).isEqualTo(DashboardStatus.MISSING);
        assertThat(tayPhu.overallRate()).isNull();
        assertThat(tayPhu.grade()).isEqualTo(Grade.WEAK);
        assertThat(tayPhu.rank()).isNull();

        ConsolidatedTable table = district.consolidated("TS", 2024, PeriodType.QUARTER_I);
        assertThat(table.headers()).containsExactly("Đơn vị", "Lĩnh vực", "Rất hài lòng", "Hài lòng", "Không hài lòng",
                "Số phiếu", "Tỷ lệ hài lòng");
        assertThat(table.title()).contains("quý I/2024", "(2/3 xã đã công bố)");
        // Tư pháp – hộ tịch: Tây Xuân 3 very satisfied + 1 satisfied answers, Bình Dương 16 + 0 + 4
        assertThat(table.lines()).filteredOn(l -> l.total() && l.cells().get(1).equals("Tư pháp – hộ tịch"))
                .singleElement().satisfies(l -> assertThat(l.cells().subList(2, 7))
                        .containsExactly("19", "1", "4", "6", "83,3%"));
        assertThat(table.lines().get(table.lines().size() - 1).cells().subList(0, 1)).containsExactly("Tổng cộng");

        UI.getCurrent().navigate("district");
        DistrictDashboardView view = _get(DistrictDashboardView.class);
        view.year.setValue(2024);
        view.period.setValue(PeriodType.QUARTER_I);
        List<DistrictDashboard.Row> shown = view.grid.getListDataView().getItems().toList();
        assertThat(shown).extracting(DistrictDashboard.Row::communeName)
                .containsExactly("Xã Tây Xuân", "Thị trấn Bình Dương", "Xã Tây Phú");
        assertThat(view.summary.getText()).contains("quý I/2024", "3 xã", "Đã chấp thuận: 1", "Bị trả lại: 1",
                "Không báo cáo: 1");
        assertThat(view.shownCharts).extracting(c -> c.title()).contains("Tỷ lệ hài lòng chung theo xã (%)");
        // the main table has the same columns however many fields the communes survey (ten fit at 1366 px):
        // a commune's rate per field, its public page and report open under its row
        assertThat(view.grid.getColumns()).extracting(c -> c.getHeaderText()).containsExactly("Xếp hạng",
                "Xã, phường, thị trấn", "Tình trạng báo cáo", "Chung toàn xã", "Cùng kỳ 2023", "± điểm",
                "Độ bao phủ / chỉ tiêu", "Xếp loại");
        assertThat(List.of(0, 1, 2)).extracting(row -> GridKt._getFormatted(view.grid, row, "status"))
                .containsExactly("Đã chấp thuận", "Bị trả lại", "Không báo cáo");
        view.grid.setDetailsVisible(shown.get(1), true);
        assertThat(view.grid.isDetailsVisible(shown.get(1))).isTrue();
        view.status.setValue(DashboardStatus.MISSING);
        assertThat(view.grid.getListDataView().getItems()).extracting(DistrictDashboard.Row::communeCode)
                .containsExactly("TP");
        assertThat(view.consolidated.getListDataView().getItems().count()).isEqualTo(table.lines().size());
    }

    private String reviewTask(String commune) {
        return task(commune);
    }

    private String task(String commune) {
        return district_.reportTask(commune);
    }
}
