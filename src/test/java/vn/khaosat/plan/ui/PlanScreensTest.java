package vn.khaosat.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;

import vn.khaosat.KaribuTest;
import vn.khaosat.TestClock;
import vn.khaosat.base.tasks.ui.MyTasksView;
import vn.khaosat.plan.Publication;

class PlanScreensTest extends KaribuTest {

    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    vn.khaosat.plan.PlanService plans;
    @Autowired
    vn.khaosat.plan.CampaignService campaignService;
    @Autowired
    vn.khaosat.TestCampaigns testCampaigns;
    @Autowired
    vn.khaosat.collection.CollectionService collection;

    @BeforeEach
    void setClock() {
        TestClock.set(2024, 1, 5, 9, 0);
    }

    @AfterEach
    void cleanUp() {
        for (String key : new String[] {"NextYearPlan", "PublicationCycle", "SurveyCampaign", "SurveyPlan"}) {
            runtime.createProcessInstanceQuery().processDefinitionKey(key).list()
                    .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "test cleanup"));
        }
        jdbc.update("DELETE FROM survey_response");
        jdbc.update("DELETE FROM period_cycle");
        jdbc.update("DELETE FROM survey_campaign");
        jdbc.update("DELETE FROM survey_plan");
        campaignService.forgetRunningCampaigns();
        ClockUtil.reset();
    }

    @Test
    void staff_start_the_years_plan_from_the_defaults_and_submit_it() {
        PlanDraftView editor = startDraft();

        assertThat(editor.heading()).isEqualTo("Soạn kế hoạch khảo sát năm 2024 – Xã Tây Xuân");
        assertThat(editor.form.placeName.getValue()).isEqualTo("Tây Xuân");
        assertThat(editor.form.coverageTarget.getValue()).isEqualTo(80);
        assertThat(editor.form.cutOffDay.getValue()).isEqualTo(14);
        assertThat(editor.form.signerName.getValue()).isEqualTo("Trần Văn Hùng");
        assertThat(editor.form.recipients.getValue()).contains("Phòng Nội vụ huyện Tây Sơn");
        assertThat(editor.returnComment.isVisible()).isFalse();
        assertThat(editor.calendar.getListDataView().getItems()).extracting(Publication::date)
                .contains(LocalDate.of(2024, 3, 28), LocalDate.of(2024, 12, 28)).hasSize(12);

        fillAsSource004(editor);
        _click(editor.submit);

        NotificationsKt.expectNotifications("Đã trình lãnh đạo duyệt");
        _get(MyTasksView.class);
        assertThat(jdbc.queryForObject("SELECT status FROM survey_plan WHERE plan_year = 2024 AND commune_code = 'TX'",
                String.class)).isEqualTo("SUBMITTED");
    }

    @Test
    void the_editor_refuses_bad_input_with_vietnamese_messages_and_saves_nothing() {
        PlanDraftView editor = startDraft();

        editor.form.number.setValue("KH số 5");
        editor.form.coverageTarget.setValue(0);
        editor.form.cutOffDay.setValue(28);
        editor.form.fields.clear();
        editor.form.legalBasis.setValue("");
        _click(editor.save);

        assertThat(editor.form.number.getErrorMessage()).isEqualTo("Số kế hoạch có dạng 05/KH-UBND");
        assertThat(editor.form.coverageTarget.getErrorMessage()).isEqualTo("Tỷ lệ phải từ 1 đến 100");
        assertThat(editor.form.cutOffDay.getErrorMessage()).startsWith("Ngày chốt phải từ 1 đến 27");
        assertThat(editor.form.fields.getErrorMessage()).isEqualTo("Hãy chọn ít nhất một lĩnh vực");
        assertThat(editor.form.legalBasis.getErrorMessage()).isEqualTo("Không được để trống");
        NotificationsKt.expectNotifications("Thông tin chưa hợp lệ, hãy xem các ô được đánh dấu. Chưa có gì được lưu.");
        assertThat(editor.calendar.getListDataView().getItemCount()).isZero();
        assertThat(jdbc.queryForObject("SELECT doc_number FROM survey_plan WHERE commune_code = 'TX'", String.class))
                .isEmpty();
        assertThat(jdbc.queryForObject("SELECT coverage_target FROM survey_plan WHERE commune_code = 'TX'", Integer.class))
                .isEqualTo(80);
    }

    @Test
    void the_leader_returns_with_a_required_comment_then_approves_and_the_plan_page_shows_the_campaign() {
        PlanDraftView editor = startDraft();
        fillAsSource004(editor);
        _click(editor.submit);
        String processId = runtime.createProcessInstanceQuery().processInstanceBusinessKey("plan-2024-TX")
                .singleResult().getId();

        PlanApproveView approval = openTaskAs("chutich.tx", processId, PlanApproveView.class);
        assertThat(approval.heading()).isEqualTo("Duyệt kế hoạch khảo sát năm 2024 – Xã Tây Xuân");
        // the tab names the task and what it is about, then the application
        assertThat(approval.getPageTitle())
                .isEqualTo("Duyệt kế hoạch khảo sát năm 2024 – Xã Tây Xuân – Khảo sát hài lòng");
        assertThat(approval.calendar.getListDataView().getItemCount()).isEqualTo(12);
        _click(approval.actions.sendBackButton());
        assertThat(approval.actions.comment().isInvalid()).isTrue();
        assertThat(approval.actions.comment().getErrorMessage()).isEqualTo("Hãy ghi ý kiến khi trả lại kế hoạch");
        approval.actions.comment().setValue("Bổ sung lĩnh vực Chứng thực");
        _click(approval.actions.sendBackButton());
        _get(MyTasksView.class);

        PlanDraftView again = openTaskAs("canbo.tx", processId, PlanDraftView.class);
        assertThat(again.returnComment.isVisible()).isTrue();
        assertThat(again.returnComment.getElement().getTextRecursively()).contains("Bổ sung lĩnh vực Chứng thực");
        _click(again.submit);

        PlanApproveView second = openTaskAs("chutich.tx", processId, PlanApproveView.class);
        NotificationsKt.clearNotifications();
        _click(second.actions.approveButton());
        NotificationsKt.expectNotifications("Đã duyệt; kế hoạch đang được ban hành");
        management.executeJob(management.createJobQuery().processInstanceId(processId).singleResult().getId());

        long planId = jdbc.queryForObject("SELECT id FROM survey_plan WHERE commune_code = 'TX'", Long.class);
        UI.getCurrent().navigate(PlanDetailView.class, planId);
        PlanDetailView detail = _get(PlanDetailView.class);
        assertThat(detail.campaignStatus.getText()).isEqualTo("Đang diễn ra");
        assertThat(detail.upcoming.getListDataView().getItems()).extracting(Publication::date)
                .contains(LocalDate.of(2024, 3, 28), LocalDate.of(2024, 6, 28), LocalDate.of(2024, 9, 28),
                        LocalDate.of(2024, 12, 28));

        loginAndOpen("admin", "plans/" + planId);
        PlanDetailView asAdmin = _get(PlanDetailView.class);
        _click(asAdmin.cancel);
        assertThat(asAdmin.cancelReason.getErrorMessage()).isEqualTo("Hãy ghi lý do hủy");
        asAdmin.cancelReason.setValue("Sáp nhập xã");
        _click(asAdmin.cancel);
        assertThat(asAdmin.campaignStatus.getText()).startsWith("Đã hủy").contains("Sáp nhập xã");
    }

    @Test
    void a_year_out_of_reach_or_already_planned_is_refused_on_the_plans_screen() {
        loginAndOpen("canbo.tx", "plans");
        PlansView list = _get(PlansView.class);
        list.year.setValue(2030);
        _click(list.create);
        assertThat(list.year.getErrorMessage()).isEqualTo("Chỉ lập kế hoạch cho năm nay, năm trước hoặc năm sau");
        _get(PlansView.class);

        loginAndOpen("chutich.tx", "");
        UI.getCurrent().navigate(PlansView.class);
        assertThat(_get(PlansView.class).create.isVisible()).isFalse();
    }

    @Test
    void two_staff_editing_the_same_draft_the_second_save_is_refused_and_the_first_is_kept() {
        PlanDraftView mine = startDraft();
        String taskId = tasks.createTaskQuery().processDefinitionKey("SurveyPlan").singleResult().getId();
        // a colleague saves the same draft from another session meanwhile
        var plan = plans.planOfTask(taskId);
        var c = plan.content();
        plans.saveDraft(taskId, plan.version(), new vn.khaosat.plan.PlanContent("09/KH-UBND", c.date(), c.placeName(),
                c.legalBasis(), c.purposes(), c.requirements(), c.templateId(), c.fieldIds(), c.channels(),
                c.coverageTarget(), c.cutOffDay(), c.reportedPeriods(), c.recipients(), c.signerName(), c.signerTitle()));

        mine.form.number.setValue("05/KH-UBND");
        _click(mine.save);

        NotificationsKt.expectNotifications("Dữ liệu đã được người khác thay đổi. Hãy tải lại trang rồi làm lại.");
        assertThat(jdbc.queryForObject("SELECT doc_number FROM survey_plan WHERE plan_year = 2024 AND commune_code = 'TX'",
                String.class)).isEqualTo("09/KH-UBND");
    }

    @Test
    void next_years_task_opens_the_editor_from_this_years_plan_and_the_new_plan_page_says_what_it_took_over() {
        TestClock.set(2026, 1, 12, 9, 0);
        testCampaigns.run("TX", "TT4-3M", Set.of(vn.khaosat.plan.Channel.ONLINE), Set.of("TP-HT", "VHXH", "DC-XD-MT"));
        // a citizen rates on 20/12, after the last cut-off: the 2026 campaign takes it for January 2027
        TestClock.set(2026, 12, 20, 10, 0);
        collection.submitOnline(new vn.khaosat.collection.Submission("TX", "VHXH", vn.khaosat.plan.Channel.ONLINE, null,
                java.util.List.of(new vn.khaosat.collection.Submission.Answer(1, 1), new vn.khaosat.collection.Submission.Answer(2, 1),
                        new vn.khaosat.collection.Submission.Answer(3, 1), new vn.khaosat.collection.Submission.Answer(4, 1)),
                null, null, null, null, "c-2026-12-20-1"), "10.0.0.1");
        plans.requestNextYearPlan("TX", 2027);
        String taskId = tasks.createTaskQuery().processDefinitionKey("NextYearPlan").singleResult().getId();

        loginAndOpen("canbo.tx", "plan-next-year/" + taskId);
        PlanNextYearView asked = _get(PlanNextYearView.class);
        assertThat(asked.heading()).isEqualTo("Lập kế hoạch khảo sát năm 2027 – Xã Tây Xuân");
        assertThat(asked.startingPoint.getText()).startsWith("Kế hoạch mới sẽ được soạn từ kế hoạch năm 2026 (số 07/KH-UBND")
                .contains("Tư pháp – hộ tịch");
        assertThat(asked.start.getText()).isEqualTo("Lập kế hoạch năm 2027 từ kế hoạch năm 2026");
        _click(asked.start);

        PlanDraftView editor = _get(PlanDraftView.class);
        assertThat(editor.heading()).isEqualTo("Soạn kế hoạch khảo sát năm 2027 – Xã Tây Xuân");
        assertThat(editor.form.fields.getValue()).extracting(vn.khaosat.plan.FieldView::code)
                .containsExactlyInAnyOrder("TP-HT", "VHXH", "DC-XD-MT");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("NextYearPlan").count()).isZero();

        // the 2027 plan keeps two fields and is issued: its page says what it took over and dropped
        editor.form.number.setValue("02/KH-UBND");
        editor.form.date.setValue(LocalDate.of(2027, 1, 5));
        editor.form.fields.setValue(editor.form.fields.getListDataView().getItems()
                .filter(f -> Set.of("TP-HT", "VHXH").contains(f.code())).collect(Collectors.toSet()));
        _click(editor.submit);
        String processId = runtime.createProcessInstanceQuery().processInstanceBusinessKey("plan-2027-TX")
                .singleResult().getId();
        TestClock.set(2027, 1, 5, 9, 0);
        PlanApproveView approval = openTaskAs("chutich.tx", processId, PlanApproveView.class);
        _click(approval.actions.approveButton());
        management.executeJob(management.createJobQuery().processInstanceId(processId).singleResult().getId());

        long planId = jdbc.queryForObject("SELECT id FROM survey_plan WHERE commune_code = 'TX' AND plan_year = 2027", Long.class);
        UI.getCurrent().navigate(PlanDetailView.class, planId);
        PlanDetailView detail = _get(PlanDetailView.class);
        assertThat(detail.takenOver.getElement().getTextRecursively())
                .contains("Chuyển sang từ đợt năm trước: 1 ý kiến")
                .contains("Lĩnh vực kế hoạch năm trước có, năm nay không khảo sát: Địa chính – xây dựng – môi trường");
    }

    private PlanDraftView startDraft() {
        loginAndOpen("canbo.tx", "plans");
        PlansView list = _get(PlansView.class);
        assertThat(list.create.isVisible()).isTrue();
        list.year.setValue(2024);
        _click(list.create);
        return _get(PlanDraftView.class);
    }

    private static void fillAsSource004(PlanDraftView editor) {
        editor.form.number.setValue("05/KH-UBND");
        editor.form.date.setValue(LocalDate.of(2024, 1, 12));
        editor.form.fields.setValue(editor.form.fields.getListDataView().getItems()
                .filter(f -> Set.of("TP-HT", "VHXH", "DC-XD-MT").contains(f.code())).collect(Collectors.toSet()));
    }

    private <T extends com.vaadin.flow.component.Component> T openTaskAs(String username, String processId,
            Class<T> screen) {
        String taskId = tasks.createTaskQuery().processInstanceId(processId).singleResult().getId();
        loginAndOpen(username, "");
        UI.getCurrent().navigate(screen == PlanApproveView.class ? "plan-approve/" + taskId : "plan-draft/" + taskId);
        return _get(screen);
    }
}
