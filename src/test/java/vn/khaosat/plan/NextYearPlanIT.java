package vn.khaosat.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Set;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.khaosat.Login;
import vn.khaosat.SpringTest;
import vn.khaosat.TestCampaigns;
import vn.khaosat.TestClock;
import vn.khaosat.TestJobs;
import vn.khaosat.base.AppTime;

/**
 * Next year asked for in time (W2): from 1 November a commune without next year's plan gets the task
 * "Lập kế hoạch khảo sát năm sau", reminded weekly; on 1 December its leader is alerted, once.
 */
@SpringTest
class NextYearPlanIT {

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
    TestCampaigns campaigns;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    String campaign;

    @BeforeEach
    void campaign2026Runs() {
        BpmnAwareTests.init(engine);
        TestClock.set(2026, 1, 12, 9, 0);
        campaigns.run("TX", "TT4-3M", Set.of(Channel.KIOSK, Channel.ONLINE), Set.of("TP-HT", "VHXH"));
        campaign = runtime.createProcessInstanceQuery().processInstanceBusinessKey("campaign-2026-TX").singleResult().getId();
    }

    @AfterEach
    void cleanUp() {
        runtime.createProcessInstanceQuery().processDefinitionKey(NextYearPlanProcess.KEY).list()
                .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "test cleanup"));
        campaigns.deleteAll();
        ClockUtil.reset();
        Login.out();
    }

    @Test
    void from_the_first_of_november_staff_are_asked_reminded_weekly_and_the_leader_alerted_once_on_the_first_of_december() {
        Job due = management.createJobQuery().processInstanceId(campaign)
                .activityId(SurveyCampaignProcess.TIMER_NEXT_YEAR_PLAN).singleResult();
        assertThat(due.getDuedate()).isEqualTo(at(2026, 11, 1, 7));
        TestClock.set(2026, 11, 1, 7, 0);
        management.executeJob(due.getId());
        management.executeJob(management.createJobQuery().processInstanceId(campaign)
                .activityId(SurveyCampaignProcess.TASK_REQUEST_NEXT_YEAR_PLAN).singleResult().getId());

        ProcessInstance request = runtime.createProcessInstanceQuery().processInstanceBusinessKey("next-plan-2027-TX")
                .singleResult();
        Task task = tasks.createTaskQuery().processInstanceId(request.getId()).initializeFormKeys().singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo(NextYearPlanProcess.TASK_PLAN);
        assertThat(task.getFormKey()).isEqualTo(NextYearPlanProcess.ROUTE);
        assertThat(task.getDueDate()).isEqualTo(at(2026, 12, 1, 7));
        assertThat(tasks.getIdentityLinksForTask(task.getId())).extracting(l -> l.getGroupId())
                .containsExactly("commune:TX:staff");

        // reminded on 8, 15, 22 and 29 November; alerted on 1 December; reminded again on 6 December
        for (int day : new int[] {8, 15, 22, 29}) {
            fire(request, NextYearPlanProcess.TIMER_REMINDER, at(2026, 11, day, 7));
        }
        fire(request, NextYearPlanProcess.TIMER_OVERDUE, at(2026, 12, 1, 7));
        fire(request, NextYearPlanProcess.TIMER_REMINDER, at(2026, 12, 6, 7));
        assertThat(jdbc.queryForList("SELECT CONCAT(recipient, ' ', message_key, ' ', message_args) FROM alert ORDER BY id",
                String.class)).containsExactly(
                        "commune:TX:staff alert.plan.nextYearReminder 2027",
                        "commune:TX:staff alert.plan.nextYearReminder 2027",
                        "commune:TX:staff alert.plan.nextYearReminder 2027",
                        "commune:TX:staff alert.plan.nextYearReminder 2027",
                        "commune:TX:leader alert.plan.nextYearOverdue 2027",
                        "commune:TX:staff alert.plan.nextYearReminder 2027");

        // staff open the task and start the plan: it starts from 2026's, and the request ends
        TestClock.set(2026, 12, 7, 9, 0);
        Login.as(users, "canbo.tx");
        PlanService.NextYearRequest asked = plans.nextYearRequestOfTask(task.getId());
        assertThat(asked.year()).isEqualTo(2027);
        assertThat(asked.previous()).map(PlanView::year).contains(2026);
        String draft = plans.startDraft(2027);
        BpmnAwareTests.assertThat(request).isEnded().hasPassed(NextYearPlanProcess.END_PLAN_STARTED);
        assertThat(management.createJobQuery().processInstanceId(request.getId()).count()).isZero();
        PlanView plan2027 = plans.planOfTask(draft);
        assertThat(plan2027.fields()).extracting(FieldView::code).containsExactlyInAnyOrder("TP-HT", "VHXH");
        assertThat(plan2027.content().channels()).containsExactlyInAnyOrder(Channel.KIOSK, Channel.ONLINE);
        assertThat(plan2027.content().number()).isEmpty();
        assertThat(plan2027.content().legalBasis()).contains("2027");
    }

    @Test
    void a_commune_that_already_drafted_next_years_plan_is_not_asked() {
        TestClock.set(2026, 10, 20, 9, 0);
        Login.as(users, "canbo.tx");
        plans.startDraft(2027);
        Login.out();
        TestClock.set(2026, 11, 1, 7, 0);
        management.executeJob(management.createJobQuery().processInstanceId(campaign)
                .activityId(SurveyCampaignProcess.TIMER_NEXT_YEAR_PLAN).singleResult().getId());
        management.executeJob(management.createJobQuery().processInstanceId(campaign)
                .activityId(SurveyCampaignProcess.TASK_REQUEST_NEXT_YEAR_PLAN).singleResult().getId());
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(NextYearPlanProcess.KEY).count()).isZero();
        assertThat(management.createJobQuery().processInstanceId(campaign)
                .activityId(SurveyCampaignProcess.TASK_REQUEST_NEXT_YEAR_PLAN).count()).isZero();
    }

    private void fire(ProcessInstance request, String timerId, Date due) {
        TestJobs.fireAt(management, request.getId(), timerId, due);
    }

    private static Date at(int year, int month, int day, int hour) {
        return Date.from(ZonedDateTime.of(year, month, day, hour, 0, 0, 0, AppTime.ZONE).toInstant());
    }
}
