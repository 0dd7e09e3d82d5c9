package vn.khaosat.cycle.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.vaadin.flow.component.UI;

import vn.khaosat.KaribuTest;
import vn.khaosat.TestCampaigns;
import vn.khaosat.TestClock;
import vn.khaosat.TestResponses;
import vn.khaosat.base.tasks.ui.MyTasksView;
import vn.khaosat.cycle.PublicationCycleProcess;
import vn.khaosat.plan.CampaignService;
import vn.khaosat.plan.Channel;

class CycleScreensTest extends KaribuTest {

    @Autowired
    TestCampaigns campaigns;
    @Autowired
    CampaignService campaignService;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProcessEngine engine;

    ProcessInstance cycle;

    @BeforeEach
    void januaryWorkOpens() {
        BpmnAwareTests.init(engine);
        TestClock.set(2024, 1, 5, 9, 0);
        campaigns.run("TX", "TT4-3M", Set.of(Channel.PAPER));
        TestResponses.insert(jdbc, campaignService.runningCampaign("TX", 2024).orElseThrow(), "TP-HT",
                LocalDate.of(2024, 1, 10), 1, 1, 2, 3);
        TestClock.set(2024, 1, 15, 7, 0);
        ProcessInstance campaign = runtime.createProcessInstanceQuery().processInstanceBusinessKey("campaign-2024-TX")
                .singleResult();
        management.executeJob(management.createJobQuery().processInstanceId(campaign.getId()).timers().activityId(vn.khaosat.plan.SurveyCampaignProcess.TIMER_WORK_OPENS).singleResult()
                .getId());
        vn.khaosat.TestJobs.runDue(management, campaign.getId());
        cycle = runtime.createProcessInstanceQuery().processInstanceBusinessKey("cycle-2024-01-TX").singleResult();
    }

    @AfterEach
    void cleanUp() {
        campaigns.deleteAll();
        ClockUtil.reset();
    }

    @Test
    void staff_finalise_and_review_the_leader_returns_then_approves_and_the_public_page_shows_it() {
        open("canbo.tx", PublicationCycleProcess.FINALISE_ROUTE);
        CycleFinaliseView finalise = _get(CycleFinaliseView.class);
        assertThat(finalise.heading()).isEqualTo("Chốt số liệu kỳ công bố 28/01/2024 – Xã Tây Xuân");
        assertThat(finalise.getElement().getTextRecursively()).contains("Kết quả tháng 1/2024",
                "1 phiếu; tỷ lệ hài lòng chung 75,0%; số liệu từ 15/12/2023 đến 14/01/2024");
        _click(finalise.confirm);
        _get(MyTasksView.class);
        management.executeJob(management.createJobQuery().processInstanceId(cycle.getId()).singleResult().getId());

        open("canbo.tx", PublicationCycleProcess.REVIEW_ROUTE);
        CycleReviewView review = _get(CycleReviewView.class);
        _click(review.submit);
        assertThat(review.narrative.strengths.getErrorMessage()).isEqualTo("Không được để trống");
        review.narrative.strengths.setValue("Cán bộ tận tình");
        review.narrative.difficulties.setValue("Kết quả giải quyết có một ý kiến không hài lòng");
        review.narrative.nextTasks.setValue("Rà soát thời hạn trả kết quả");
        _click(review.submit);
        _get(MyTasksView.class);

        open("chutich.tx", PublicationCycleProcess.APPROVE_ROUTE);
        CycleApproveView approve = _get(CycleApproveView.class);
        assertThat(approve.getElement().getTextRecursively()).contains("Cán bộ tận tình", "Rà soát thời hạn trả kết quả");
        _click(approve.actions.sendBackButton());
        assertThat(approve.actions.comment().getErrorMessage()).isEqualTo("Hãy ghi ý kiến khi trả lại kết quả");
        BpmnAwareTests.assertThat(cycle).isWaitingAt(PublicationCycleProcess.TASK_APPROVE);
        approve.actions.comment().setValue("Bổ sung nguyên nhân ý kiến không hài lòng");
        NotificationsKt.clearNotifications();
        _click(approve.actions.sendBackButton());
        _get(MyTasksView.class);
        // the message names what was sent back (it used to say "the plan")
        NotificationsKt.expectNotifications("Đã trả lại kết quả để rà soát lại");

        // back with the staff, the leader's comment on top and the narrative kept
        BpmnAwareTests.assertThat(cycle).isWaitingAt(PublicationCycleProcess.TASK_REVIEW);
        open("canbo.tx", PublicationCycleProcess.REVIEW_ROUTE);
        CycleReviewView again = _get(CycleReviewView.class);
        assertThat(again.getElement().getTextRecursively())
                .contains("Lãnh đạo trả lại với ý kiến: Bổ sung nguyên nhân ý kiến không hài lòng");
        assertThat(again.narrative.strengths.getValue()).isEqualTo("Cán bộ tận tình");
        again.narrative.difficulties.setValue("Một ý kiến không hài lòng vì trả kết quả muộn hai ngày");
        _click(again.submit);
        _get(MyTasksView.class);

        open("chutich.tx", PublicationCycleProcess.APPROVE_ROUTE);
        approve = _get(CycleApproveView.class);
        assertThat(approve.getElement().getTextRecursively()).contains("trả kết quả muộn hai ngày");
        _click(approve.actions.approveButton());
        _get(MyTasksView.class);
        BpmnAwareTests.assertThat(cycle).isWaitingAt(PublicationCycleProcess.TIMER_PUBLICATION);

        TestClock.set(2024, 1, 28, 8, 0);
        management.executeJob(management.createJobQuery().processInstanceId(cycle.getId()).timers().singleResult().getId());
        UI.getCurrent().navigate("cong-khai/TX");
        PublicResultsView results = _get(PublicResultsView.class);
        assertThat(results.figures.getElement().getTextRecursively()).contains("1 phiếu; tỷ lệ hài lòng chung 75,0%");
    }

    @Test
    void the_leader_acknowledges_coverage_under_target_with_a_reason() {
        long field = jdbc.queryForObject("SELECT id FROM service_field WHERE code = 'TP-HT'", Long.class);
        jdbc.update("INSERT INTO dossier_count (commune_code, field_id, count_year, count_month, dossiers, updated_by, "
                + "updated_at) VALUES ('TX', ?, 2024, 1, 50, 'test', NOW())", field);
        open("canbo.tx", PublicationCycleProcess.FINALISE_ROUTE);
        CycleFinaliseView finalise = _get(CycleFinaliseView.class);
        PeriodFigures figures = finalise.figures.get(0);
        assertThat(figures.forms.getListDataView().getItems()).filteredOn(f -> f.fieldCode().equals("TP-HT"))
                .singleElement().satisfies(f -> {
                    assertThat(f.dossiers()).isEqualTo(50);
                    assertThat(f.coverage()).isEqualTo(2.0);
                });
        assertThat(figures.charts).extracting(c -> c.title()).contains("Độ bao phủ theo lĩnh vực so với chỉ tiêu 80%");
        _click(finalise.confirm);

        open("chutich.tx", PublicationCycleProcess.COVERAGE_ROUTE);
        CycleCoverageView coverage = _get(CycleCoverageView.class);
        assertThat(coverage.heading()).startsWith("Cảnh báo: độ bao phủ dưới chỉ tiêu 28/01/2024");
        _click(coverage.acknowledge);
        assertThat(coverage.reason.getErrorMessage()).isEqualTo("Hãy ghi lý do độ bao phủ dưới chỉ tiêu");
        assertThat(jdbc.queryForObject("SELECT coverage_reason FROM period_cycle", String.class)).isNull();
        coverage.reason.setValue("Kiosk hỏng nửa tháng");
        _click(coverage.acknowledge);
        _get(MyTasksView.class);
        assertThat(jdbc.queryForObject("SELECT coverage_reason FROM period_cycle", String.class))
                .isEqualTo("Kiosk hỏng nửa tháng");
    }

    private void open(String username, String route) {
        String taskId = tasks.createTaskQuery().processInstanceId(cycle.getId()).singleResult().getId();
        loginAndOpen(username, "");
        UI.getCurrent().navigate(route + "/" + taskId);
    }
}
