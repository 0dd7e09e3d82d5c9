package vn.khaosat.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.khaosat.Login;
import vn.khaosat.SpringTest;
import vn.khaosat.TestClock;
import vn.khaosat.base.AppTime;
import vn.khaosat.base.InvalidInputException;
import vn.khaosat.base.tasks.TaskNotAvailableException;

@SpringTest
class SurveyPlanProcessIT {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    PlanService plans;
    @Autowired
    CampaignService campaigns;
    @Autowired
    TemplateService templates;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        TestClock.set(PlanFixtures.JAN_5_2024);
    }

    @AfterEach
    void cleanUp() {
        PlanFixtures.deleteAll(runtime, jdbc, campaigns);
        Login.out();
    }

    @Test
    void staff_draft_the_leader_approves_the_engine_issues_the_plan_and_starts_the_campaign() {
        ProcessInstance plan = submittedPlan();
        assertThat(plan).isNotNull();
        BpmnAwareTests.assertThat(plan).isWaitingAt(SurveyPlanProcess.TASK_APPROVE);

        Login.as(users, "chutich.tx");
        String approveTask = task(plan);
        PlanView submitted = plans.planOfTask(approveTask);
        assertThat(submitted.status()).isEqualTo(PlanStatus.SUBMITTED);
        plans.approve(approveTask, submitted.version());

        BpmnAwareTests.assertThat(plan).isWaitingAt(SurveyPlanProcess.TASK_ISSUE);
        execute(job());
        BpmnAwareTests.assertThat(plan).hasPassed(SurveyPlanProcess.TASK_START_CAMPAIGN)
                .isEnded().hasPassed(SurveyPlanProcess.END_ISSUED);

        PlanView issued = plans.plan(submitted.id());
        assertThat(issued.status()).isEqualTo(PlanStatus.ISSUED);
        assertThat(issued.issuedAt()).isEqualTo(PlanFixtures.JAN_5_2024.toInstant());
        assertThat(plans.pdf(issued.id())).startsWith("%PDF".getBytes());

        ProcessInstance campaign = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey("campaign-2024-TX").singleResult();
        BpmnAwareTests.assertThat(campaign).isWaitingAt(SurveyCampaignProcess.TIMER_WORK_OPENS);
        CampaignView view = campaigns.campaignOfPlan(issued.id()).orElseThrow();
        assertThat(view.status()).isEqualTo(CampaignStatus.RUNNING);
        assertThat(view.upcoming()).hasSize(12);
        assertThat(timer(campaign).getDuedate())
                .isEqualTo(Date.from(ZonedDateTime.of(2024, 1, 15, 7, 0, 0, 0, AppTime.ZONE).toInstant()));
    }

    @Test
    void the_leader_returns_the_plan_with_a_comment_and_staff_fix_and_resubmit_it() {
        ProcessInstance plan = submittedPlan();
        Login.as(users, "chutich.tx");
        String approveTask = task(plan);
        long version = plans.planOfTask(approveTask).version();

        assertThatThrownBy(() -> plans.returnToDraft(approveTask, version, "  "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessageKeys())
                        .containsEntry("comment", "validation.plan.returnComment"));
        BpmnAwareTests.assertThat(plan).isWaitingAt(SurveyPlanProcess.TASK_APPROVE);

        plans.returnToDraft(approveTask, version, "Bổ sung lĩnh vực Chứng thực");
        BpmnAwareTests.assertThat(plan).isWaitingAt(SurveyPlanProcess.TASK_DRAFT);

        Login.as(users, "canbo.tx");
        String draftTask = task(plan);
        PlanView returned = plans.planOfTask(draftTask);
        assertThat(returned.status()).isEqualTo(PlanStatus.RETURNED);
        assertThat(returned.returnComment()).isEqualTo("Bổ sung lĩnh vực Chứng thực");
        plans.submit(draftTask, returned.version(), returned.content());

        Login.as(users, "chutich.tx");
        String again = task(plan);
        plans.approve(again, plans.planOfTask(again).version());
        execute(job(plan));
        BpmnAwareTests.assertThat(plan).isEnded();
        assertThat(plans.plan(returned.id()).returnComment()).isNull();
    }

    @Test
    void invalid_content_leaves_the_draft_task_open_and_the_plan_unchanged() {
        Login.as(users, "canbo.tx");
        String draftTask = plans.startDraft(2024);
        PlanView draft = plans.planOfTask(draftTask);
        PlanContent valid = PlanFixtures.tayXuan2024(draft, templates);

        assertThatThrownBy(() -> plans.submit(draftTask, draft.version(), PlanFixtures.withNumber(valid, "KH 05")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldMessageKeys()).containsEntry("number", "validation.plan.number.format"));

        assertThat(tasks.createTaskQuery().taskId(draftTask).singleResult()).isNotNull();
        PlanView unchanged = plans.planOfTask(draftTask);
        assertThat(unchanged.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(unchanged.content().number()).isEmpty();
        assertThat(unchanged.version()).isEqualTo(draft.version());
    }

    @Test
    void only_the_communes_leader_approves_and_a_second_plan_for_the_year_is_refused() {
        ProcessInstance plan = submittedPlan();
        String approveTask = task(plan);

        Login.as(users, "canbo.tx");
        assertThatThrownBy(() -> plans.approve(approveTask, 0)).isExactlyInstanceOf(TaskNotAvailableException.class);
        assertThatThrownBy(() -> plans.startDraft(2024))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldMessageKeys()).containsEntry("year", "validation.plan.exists"));
        Login.as(users, "chutich.bd");
        assertThatThrownBy(() -> plans.approve(approveTask, 0)).isExactlyInstanceOf(TaskNotAvailableException.class);
        assertThatThrownBy(() -> plans.startDraft(2024)).isInstanceOf(AccessDeniedException.class);
        BpmnAwareTests.assertThat(plan).isWaitingAt(SurveyPlanProcess.TASK_APPROVE);
    }

    @Test
    void the_campaign_opens_each_periods_work_on_time_through_the_year_and_then_completes() {
        long planId = issuedPlan();
        ProcessInstance campaign = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey("campaign-2024-TX").singleResult();
        Login.as(users, "canbo.tx");

        for (Publication publication : PublicationCalendar.of(2024, 14)) {
            Job timer = timer(campaign);
            assertThat(timer.getDuedate()).isEqualTo(Date.from(publication.workOpensAt().toInstant()));
            TestClock.set(publication.workOpensAt().minusMinutes(1));
            assertThat(management.createJobQuery().processInstanceId(campaign.getId())
                    .activityId(SurveyCampaignProcess.TIMER_WORK_OPENS).executable().count()).isZero();
            TestClock.set(publication.workOpensAt());
            management.executeJob(timer.getId());
            vn.khaosat.TestJobs.runDue(management, campaign.getId());
            assertThat(campaigns.campaignOfPlan(planId).orElseThrow().lastWorkOpened()).isEqualTo(publication.date());
        }
        BpmnAwareTests.assertThat(campaign).isEnded().hasPassed(SurveyCampaignProcess.END_COMPLETED,
                SurveyCampaignProcess.TASK_REQUEST_NEXT_YEAR_PLAN);
        // on the way, from 1 November, next year's plan was asked for
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("next-plan-2025-TX").count()).isEqualTo(1);
        assertThat(campaigns.campaignOfPlan(planId).orElseThrow().status()).isEqualTo(CampaignStatus.COMPLETED);
    }

    @Test
    void a_plan_issued_late_opens_the_past_work_dates_at_once_but_not_publications_already_past() {
        TestClock.set(ZonedDateTime.of(2024, 3, 20, 9, 0, 0, 0, AppTime.ZONE));
        long planId = issuedPlan();
        ProcessInstance campaign = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey("campaign-2024-TX").singleResult();

        Login.as(users, "canbo.tx");
        assertThat(campaigns.campaignOfPlan(planId).orElseThrow().upcoming().get(0).date())
                .isEqualTo(java.time.LocalDate.of(2024, 3, 28));
        Job overdue = timer(campaign);
        assertThat(overdue.getDuedate()).isBefore(Date.from(ZonedDateTime.of(2024, 3, 20, 9, 0, 0, 0, AppTime.ZONE).toInstant()));
        management.executeJob(overdue.getId());
        vn.khaosat.TestJobs.runDue(management, campaign.getId());
        assertThat(campaigns.campaignOfPlan(planId).orElseThrow().lastWorkOpened())
                .isEqualTo(java.time.LocalDate.of(2024, 3, 28));
    }

    @Test
    void an_admin_cancels_a_running_campaign_with_a_reason_and_nobody_else_can() {
        long planId = issuedPlan();
        ProcessInstance campaign = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey("campaign-2024-TX").singleResult();
        Login.as(users, "admin");
        CampaignView view = campaigns.campaignOfPlan(planId).orElseThrow();

        assertThatThrownBy(() -> campaigns.cancel(view.id(), view.version(), ""))
                .isInstanceOf(InvalidInputException.class);
        Login.as(users, "chutich.tx");
        assertThatThrownBy(() -> campaigns.cancel(view.id(), view.version(), "Sai kế hoạch"))
                .isInstanceOf(AccessDeniedException.class);
        BpmnAwareTests.assertThat(campaign).isWaitingAt(SurveyCampaignProcess.TIMER_WORK_OPENS);

        Login.as(users, "admin");
        campaigns.cancel(view.id(), view.version(), "Sáp nhập đơn vị hành chính");

        BpmnAwareTests.assertThat(campaign).isEnded().hasPassed(SurveyCampaignProcess.END_CANCELLED);
        CampaignView cancelled = campaigns.campaignOfPlan(planId).orElseThrow();
        assertThat(cancelled.status()).isEqualTo(CampaignStatus.CANCELLED);
        assertThat(cancelled.cancelReason()).isEqualTo("Sáp nhập đơn vị hành chính");
        assertThat(cancelled.cancelledBy()).isEqualTo("admin");
        assertThat(cancelled.upcoming()).isEmpty();
    }

    private ProcessInstance submittedPlan() {
        Login.as(users, "canbo.tx");
        String draftTask = plans.startDraft(2024);
        assertThat(tasks.createTaskQuery().taskId(draftTask).singleResult().getAssignee()).isEqualTo("canbo.tx");
        PlanView draft = plans.planOfTask(draftTask);
        plans.submit(draftTask, draft.version(), PlanFixtures.tayXuan2024(draft, templates));
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey("plan-2024-TX").singleResult();
    }

    private long issuedPlan() {
        ProcessInstance plan = submittedPlan();
        Login.as(users, "chutich.tx");
        String approveTask = task(plan);
        PlanView submitted = plans.planOfTask(approveTask);
        plans.approve(approveTask, submitted.version());
        execute(job(plan));
        return submitted.id();
    }

    private String task(ProcessInstance instance) {
        return tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
    }

    private Job timer(ProcessInstance instance) {
        return management.createJobQuery().processInstanceId(instance.getId()).timers().activityId(vn.khaosat.plan.SurveyCampaignProcess.TIMER_WORK_OPENS).singleResult();
    }
}
