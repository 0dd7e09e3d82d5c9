package vn.khaosat.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
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
import vn.khaosat.TestCycles;
import vn.khaosat.TestResponses;
import vn.khaosat.base.AppTime;
import vn.khaosat.base.InvalidInputException;
import vn.khaosat.plan.CampaignService;
import vn.khaosat.plan.Channel;
import vn.khaosat.plan.RunningCampaign;

/** The January 2024 cycle of Xã Tây Xuân: opened by the campaign, finalised, reviewed, approved, published at 08:00 on the 28th. */
@SpringTest
class PublicationCycleProcessIT {

    static final ZonedDateTime JAN_15_0700 = ZonedDateTime.of(2024, 1, 15, 7, 0, 0, 0, AppTime.ZONE);
    static final ZonedDateTime JAN_28_0800 = ZonedDateTime.of(2024, 1, 28, 8, 0, 0, 0, AppTime.ZONE);

    @Autowired
    ProcessEngine engine;
    @Autowired
    HistoryService history;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    CycleService cycles;
    @Autowired
    PublicationService publications;
    @Autowired
    CampaignService campaignService;
    @Autowired
    TestCampaigns campaigns;
    @Autowired
    TestCycles testCycles;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    ProcessInstance cycle;

    @BeforeEach
    void januaryWorkOpens() {
        BpmnAwareTests.init(engine);
        TestClock.set(ZonedDateTime.of(2024, 1, 5, 9, 0, 0, 0, AppTime.ZONE));
        campaigns.run("TX", "TT4-3M", Set.of(Channel.PAPER));
        RunningCampaign campaign = campaignService.runningCampaign("TX", 2024).orElseThrow();
        TestResponses.insert(jdbc, campaign, "TP-HT", LocalDate.of(2024, 1, 10), 1, 1, 2, 1);
        TestResponses.insert(jdbc, campaign, "TP-HT", LocalDate.of(2024, 1, 12), 1, 3, 1, 1);

        TestClock.set(JAN_15_0700);
        ProcessInstance campaignProcess = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey("campaign-2024-TX").singleResult();
        management.executeJob(management.createJobQuery().processInstanceId(campaignProcess.getId()).timers()
                .activityId(vn.khaosat.plan.SurveyCampaignProcess.TIMER_WORK_OPENS).singleResult().getId());
        vn.khaosat.TestJobs.runDue(management, campaignProcess.getId());
        cycle = runtime.createProcessInstanceQuery().processInstanceBusinessKey("cycle-2024-01-TX").singleResult();
    }

    @AfterEach
    void cleanUp() {
        campaigns.deleteAll();
        ClockUtil.reset();
        Login.out();
        jdbc.update("DELETE FROM alert");
    }

    @Test
    void finalised_reviewed_returned_once_approved_and_published_at_eight_on_the_28th() {
        BpmnAwareTests.assertThat(cycle).isWaitingAt(PublicationCycleProcess.TASK_FINALISE);
        Login.as(users, "canbo.tx");
        String finalise = task();
        CycleView view = cycles.cycleOfTask(finalise);
        assertThat(view.results()).extracting(PeriodResults::periodCode).containsExactly("2024-01");
        assertThat(view.results().get(0).responses()).isEqualTo(2);
        cycles.finalise(finalise, view.version());

        BpmnAwareTests.assertThat(cycle).isWaitingAt(PublicationCycleProcess.TASK_AGGREGATE);
        management.executeJob(management.createJobQuery().processInstanceId(cycle.getId()).singleResult().getId());
        BpmnAwareTests.assertThat(cycle).isWaitingAt(PublicationCycleProcess.TASK_REVIEW);

        String review = task();
        assertThatThrownBy(() -> cycles.submitReview(review, cycles.cycleOfTask(review).version(),
                new Narrative(" ", null, null))).isInstanceOf(InvalidInputException.class);
        cycles.submitReview(review, cycles.cycleOfTask(review).version(),
                new Narrative("Cán bộ nhiệt tình", "Phòng chờ chật", "Bố trí thêm ghế"));

        Login.as(users, "chutich.tx");
        String approve = task();
        cycles.returnForReview(approve, cycles.cycleOfTask(approve).version(), "Bổ sung số liệu lĩnh vực VHXH");
        BpmnAwareTests.assertThat(cycle).isWaitingAt(PublicationCycleProcess.TASK_REVIEW);
        Login.as(users, "canbo.tx");
        String again = task();
        assertThat(cycles.cycleOfTask(again).returnComment()).isEqualTo("Bổ sung số liệu lĩnh vực VHXH");
        cycles.submitReview(again, cycles.cycleOfTask(again).version(),
                new Narrative("Cán bộ nhiệt tình", "Phòng chờ chật", "Bố trí thêm ghế"));
        Login.as(users, "chutich.tx");
        String second = task();
        cycles.approve(second, cycles.cycleOfTask(second).version());

        BpmnAwareTests.assertThat(cycle).isWaitingAt(PublicationCycleProcess.TIMER_PUBLICATION);
        Job timer = management.createJobQuery().processInstanceId(cycle.getId()).timers().singleResult();
        assertThat(timer.getDuedate()).isEqualTo(Date.from(JAN_28_0800.toInstant()));
        TestClock.set(JAN_28_0800.minusMinutes(1));
        assertThat(management.createJobQuery().processInstanceId(cycle.getId()).executable().count()).isZero();
        TestClock.set(JAN_28_0800);
        management.executeJob(timer.getId());

        BpmnAwareTests.assertThat(cycle).isEnded().hasPassed(PublicationCycleProcess.END_PUBLISHED);
        PublishedPeriod january = publications.published("TX", "2024-01").orElseThrow();
        assertThat(january.late()).isFalse();
        assertThat(january.publishedAt()).isEqualTo(JAN_28_0800.toInstant());
        assertThat(january.results().responses()).isEqualTo(2);
    }

    @Test
    void approved_in_time_and_published_minutes_after_eight_behind_a_national_job_queue_is_on_time() {
        finaliseAndReview(new Narrative("A", "B", "C"));
        TestClock.set(JAN_28_0800.minusMinutes(2));
        approveAsChairman();

        // thousands of communes publish at eight: this one's timer runs twelve minutes later
        TestClock.set(JAN_28_0800.plusMinutes(12));
        management.executeJob(management.createJobQuery().processInstanceId(cycle.getId()).timers().singleResult().getId());

        PublishedPeriod january = publications.published("TX", "2024-01").orElseThrow();
        assertThat(january.publishedAt()).isEqualTo(JAN_28_0800.plusMinutes(12).toInstant());
        assertThat(january.late()).isFalse();
        assertThat(jdbc.queryForObject("SELECT late FROM period_cycle WHERE process_instance_id = ?", Boolean.class,
                cycle.getId())).isFalse();
    }

    @Test
    void approved_a_minute_after_eight_it_is_late_though_published_at_once() {
        finaliseAndReview(new Narrative("A", "B", "C"));
        TestClock.set(JAN_28_0800.plusMinutes(1));
        approveAsChairman();
        management.executeJob(management.createJobQuery().processInstanceId(cycle.getId()).timers().singleResult().getId());

        assertThat(publications.published("TX", "2024-01").orElseThrow().late()).isTrue();
    }

    @Test
    void approved_after_the_28th_it_is_published_at_once_and_marked_late_and_the_next_cycle_starts_with_this_narrative() {
        finaliseAndReview(new Narrative("Ưu điểm A", "Khó khăn B", "Nhiệm vụ C"));

        TestClock.set(JAN_28_0800.plusDays(2));
        approveAsChairman();
        management.executeJob(management.createJobQuery().processInstanceId(cycle.getId()).timers().singleResult().getId());

        assertThat(publications.published("TX", "2024-01").orElseThrow().late()).isTrue();

        // February's work opens on 15/02: its cycle starts with January's narrative
        TestClock.set(ZonedDateTime.of(2024, 2, 15, 7, 0, 0, 0, AppTime.ZONE));
        ProcessInstance campaignProcess = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey("campaign-2024-TX").singleResult();
        management.executeJob(management.createJobQuery().processInstanceId(campaignProcess.getId()).timers()
                .activityId(vn.khaosat.plan.SurveyCampaignProcess.TIMER_WORK_OPENS).singleResult().getId());
        vn.khaosat.TestJobs.runDue(management, campaignProcess.getId());
        ProcessInstance february = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey("cycle-2024-02-TX").singleResult();
        Login.as(users, "canbo.tx");
        String next = tasks.createTaskQuery().processInstanceId(february.getId()).singleResult().getId();
        assertThat(cycles.cycleOfTask(next).narrative()).isEqualTo(new Narrative("Ưu điểm A", "Khó khăn B", "Nhiệm vụ C"));
    }

    @Test
    void each_step_is_reminded_and_escalated_once_and_a_return_gives_a_new_due_counted_from_it() {
        // finalising: due 17:00 on the 20th, reminded the day before, the leader alerted when it passes
        Login.as(users, "canbo.tx");
        assertThat(tasks.createTaskQuery().taskId(task()).singleResult().getDueDate()).isEqualTo(at(20, 17, 0));
        assertThat(timer(PublicationCycleProcess.TIMER_FINALISE_REMINDER).getDuedate()).isEqualTo(at(19, 17, 0));
        assertThat(timer(PublicationCycleProcess.TIMER_FINALISE_OVERDUE).getDuedate()).isEqualTo(at(20, 17, 0));
        fireAt(PublicationCycleProcess.TIMER_FINALISE_REMINDER, at(19, 17, 0));
        fireAt(PublicationCycleProcess.TIMER_FINALISE_OVERDUE, at(20, 17, 0));
        TestClock.set(ZonedDateTime.of(2024, 1, 21, 9, 0, 0, 0, AppTime.ZONE));
        String finalise = task();
        cycles.finalise(finalise, cycles.cycleOfTask(finalise).version());
        management.executeJob(management.createJobQuery().processInstanceId(cycle.getId()).singleResult().getId());

        // reviewing: due 17:00 on the 24th (3 days 8 hours from its opening on the 21st at 09:00)
        assertThat(tasks.createTaskQuery().taskId(task()).singleResult().getDueDate()).isEqualTo(at(24, 17, 0));
        fireAt(PublicationCycleProcess.TIMER_REVIEW_REMINDER, at(23, 17, 0));
        BpmnAwareTests.assertThat(cycle).hasPassed(PublicationCycleProcess.TASK_REMIND_REVIEWER)
                .isWaitingAt(PublicationCycleProcess.TASK_REVIEW);
        fireAt(PublicationCycleProcess.TIMER_REVIEW_OVERDUE, at(24, 17, 0));
        TestClock.set(ZonedDateTime.of(2024, 1, 25, 10, 0, 0, 0, AppTime.ZONE));
        String review = task();
        cycles.submitReview(review, cycles.cycleOfTask(review).version(), new Narrative("A", "B", "C"));

        // approving: due 08:00 on the 28th; returned on the 27th at 09:00
        assertThat(timer(PublicationCycleProcess.TIMER_APPROVAL_DUE).getDuedate()).isEqualTo(at(28, 8, 0));
        TestClock.set(ZonedDateTime.of(2024, 1, 27, 9, 0, 0, 0, AppTime.ZONE));
        Login.as(users, "chutich.tx");
        String approve = task();
        cycles.returnForReview(approve, cycles.cycleOfTask(approve).version(), "Bổ sung nhận xét");

        // the review opens again with the same length from now: due 30/01 17:00, reminded 29/01 17:00;
        // nothing fires at once although its first due passed
        assertThat(management.createJobQuery().processInstanceId(cycle.getId()).executable().count()).isZero();
        Login.as(users, "canbo.tx");
        assertThat(tasks.createTaskQuery().taskId(task()).singleResult().getDueDate()).isEqualTo(at(30, 17, 0));
        assertThat(timer(PublicationCycleProcess.TIMER_REVIEW_REMINDER).getDuedate()).isEqualTo(at(29, 17, 0));
        assertThat(timer(PublicationCycleProcess.TIMER_REVIEW_OVERDUE).getDuedate()).isEqualTo(at(30, 17, 0));
        TestClock.set(ZonedDateTime.of(2024, 1, 27, 10, 0, 0, 0, AppTime.ZONE));
        String again = task();
        cycles.submitReview(again, cycles.cycleOfTask(again).version(), new Narrative("A", "B", "C, bổ sung"));

        // approving again: 2 days 22 hours from now, as the first time; the 28th passes without a second escalation
        assertThat(timer(PublicationCycleProcess.TIMER_APPROVAL_DUE).getDuedate()).isEqualTo(at(30, 8, 0));
        TestClock.set(JAN_28_0800);
        assertThat(management.createJobQuery().processInstanceId(cycle.getId()).executable().count()).isZero();
        fireAt(PublicationCycleProcess.TIMER_APPROVAL_DUE, at(30, 8, 0));
        BpmnAwareTests.assertThat(cycle).hasPassed(PublicationCycleProcess.TASK_ESCALATE_APPROVAL)
                .isWaitingAt(PublicationCycleProcess.TASK_APPROVE);
        assertThat(jdbc.queryForObject("SELECT escalated_at IS NOT NULL AND reminded_at IS NOT NULL FROM period_cycle",
                Boolean.class)).isTrue();

        assertThat(jdbc.queryForList("SELECT CONCAT(recipient, ' ', message_key, ' ', message_args) FROM alert "
                + "ORDER BY id", String.class)).containsExactly(
                        "commune:TX:staff alert.cycle.finaliseReminder 28/01/2024",
                        "commune:TX:leader alert.cycle.finaliseOverdue 28/01/2024",
                        "commune:TX:staff alert.cycle.reviewReminder 28/01/2024",
                        "commune:TX:leader alert.cycle.reviewOverdue 28/01/2024",
                        "commune:TX:leader alert.cycle.approvalOverdue 28/01/2024");
        assertThat(publications.published("TX", "2024-01")).isEmpty();
        assertThat(management.createJobQuery().processInstanceId(cycle.getId()).timers().count()).isZero();
    }

    private static Date at(int day, int hour, int minute) {
        return Date.from(ZonedDateTime.of(2024, 1, day, hour, minute, 0, 0, AppTime.ZONE).toInstant());
    }

    private Job timer(String activityId) {
        return management.createJobQuery().processInstanceId(cycle.getId()).timers().activityId(activityId).singleResult();
    }

    /** Fires the cycle's timer at its due instant ({@link TestJobs#fireAt}); a boundary timer fires once. */
    private void fireAt(String activityId, Date due) {
        TestJobs.fireAt(management, cycle.getId(), activityId, due);
        assertThat(timer(activityId)).isNull();
    }

    @Test
    void coverage_under_target_opens_a_warning_the_leader_acknowledges_with_a_reason_while_the_cycle_goes_on() {
        long field = jdbc.queryForObject("SELECT id FROM service_field WHERE code = 'TP-HT'", Long.class);
        jdbc.update("INSERT INTO dossier_count (commune_code, field_id, count_year, count_month, dossiers, updated_by, "
                + "updated_at) VALUES ('TX', ?, 2024, 1, 40, 'test', NOW())", field);
        Login.as(users, "canbo.tx");
        String finalise = task();
        PeriodResults january = cycles.cycleOfTask(finalise).results().get(0);
        assertThat(january.fields().get(0).coverage()).isEqualTo(5.0);
        assertThat(january.coverageBelowTarget()).isTrue();
        cycles.finalise(finalise, cycles.cycleOfTask(finalise).version());

        BpmnAwareTests.assertThat(cycle).isWaitingAt(PublicationCycleProcess.TASK_AGGREGATE,
                PublicationCycleProcess.TASK_ACKNOWLEDGE_COVERAGE);
        Task warning = tasks.createTaskQuery().processInstanceId(cycle.getId())
                .taskDefinitionKey(PublicationCycleProcess.TASK_ACKNOWLEDGE_COVERAGE).singleResult();
        assertThat(tasks.getIdentityLinksForTask(warning.getId())).extracting(l -> l.getGroupId())
                .containsExactly("commune:TX:leader");
        Login.as(users, "chutich.tx");
        assertThatThrownBy(() -> cycles.acknowledgeCoverage(warning.getId(), cycles.cycleOfTask(warning.getId()).version(),
                "  ")).isInstanceOf(InvalidInputException.class);
        BpmnAwareTests.assertThat(cycle).isWaitingAt(PublicationCycleProcess.TASK_ACKNOWLEDGE_COVERAGE);
        cycles.acknowledgeCoverage(warning.getId(), cycles.cycleOfTask(warning.getId()).version(),
                "Tháng Tết, ít người dân đến làm hồ sơ");
        BpmnAwareTests.assertThat(cycle).hasPassed(PublicationCycleProcess.END_COVERAGE_ACKNOWLEDGED)
                .isWaitingAt(PublicationCycleProcess.TASK_AGGREGATE);

        management.executeJob(management.createJobQuery().processInstanceId(cycle.getId()).singleResult().getId());
        Login.as(users, "canbo.tx");
        assertThat(cycles.cycleOfTask(task()).coverageReason()).isEqualTo("Tháng Tết, ít người dân đến làm hồ sơ");
    }

    @Test
    void coverage_above_target_opens_no_warning() {
        long field = jdbc.queryForObject("SELECT id FROM service_field WHERE code = 'TP-HT'", Long.class);
        jdbc.update("INSERT INTO dossier_count (commune_code, field_id, count_year, count_month, dossiers, updated_by, "
                + "updated_at) VALUES ('TX', ?, 2024, 1, 2, 'test', NOW())", field);
        Login.as(users, "canbo.tx");
        String finalise = task();
        cycles.finalise(finalise, cycles.cycleOfTask(finalise).version());
        BpmnAwareTests.assertThat(cycle).isWaitingAt(PublicationCycleProcess.TASK_AGGREGATE)
                .hasPassed(PublicationCycleProcess.END_COVERAGE_MET)
                .hasNotPassed(PublicationCycleProcess.END_COVERAGE_ACKNOWLEDGED);
        assertThat(tasks.createTaskQuery().processInstanceId(cycle.getId()).count()).isZero();
    }

    @Test
    void a_server_down_over_the_28th_publishes_once_when_its_job_executor_comes_back() throws Exception {
        finaliseAndReview(new Narrative("A", "B", "C"));
        approveAsChairman();
        BpmnAwareTests.assertThat(cycle).isWaitingAt(PublicationCycleProcess.TIMER_PUBLICATION);

        // down from the 27th to the 30th: nobody ran the timer; then the server starts again
        TestClock.set(JAN_28_0800.plusDays(2));
        JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        executor.start();
        try {
            long deadline = System.currentTimeMillis() + 30_000;
            while (runtime.createProcessInstanceQuery().processInstanceId(cycle.getId()).count() > 0
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
        } finally {
            executor.shutdown();
        }
        BpmnAwareTests.assertThat(cycle).isEnded().hasPassed(PublicationCycleProcess.TASK_PUBLISH);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM period_publication WHERE commune_code = 'TX'", Integer.class))
                .isEqualTo(1);
        PublishedPeriod january = publications.published("TX", "2024-01").orElseThrow();
        assertThat(january.late()).isTrue();
        assertThat(january.publishedAt()).isEqualTo(JAN_28_0800.plusDays(2).toInstant());
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(cycle.getId())
                .activityId(PublicationCycleProcess.TASK_PUBLISH).count()).isEqualTo(1);
    }

    @Test
    void the_last_cycle_is_finalised_and_published_after_its_campaign_completed_at_the_last_cut_off() {
        // as in December: the campaign completes at its last cut-off (15/12), its last cycle is still open
        long campaignId = campaignService.runningCampaign("TX", 2024).orElseThrow().id();
        campaignService.complete(campaignId);
        assertThat(campaignService.runningCampaign("TX", 2024)).isEmpty();

        Login.as(users, "canbo.tx");
        assertThat(cycles.cycleOfTask(task()).results().get(0).responses()).isEqualTo(2);
        testCycles.publish("TX", "2024-01", new Narrative("A", "B", "C"), JAN_28_0800);

        BpmnAwareTests.assertThat(cycle).isEnded();
        assertThat(publications.published("TX", "2024-01").orElseThrow().results().responses()).isEqualTo(2);
        assertThat(runtime.createIncidentQuery().count()).isZero();
    }

    @Test
    void cancelling_the_campaign_ends_its_open_cycles() {
        BpmnAwareTests.assertThat(cycle).isWaitingAt(PublicationCycleProcess.TASK_FINALISE);
        Login.as(users, "admin");
        var plan = jdbc.queryForObject("SELECT id FROM survey_plan WHERE commune_code = 'TX'", Long.class);
        var campaign = campaignService.campaignOfPlan(plan).orElseThrow();
        campaignService.cancel(campaign.id(), campaign.version(), "Sáp nhập xã");

        BpmnAwareTests.assertThat(cycle).isEnded();
        assertThat(tasks.createTaskQuery().processDefinitionKey(PublicationCycleProcess.KEY).count()).isZero();
    }

    /** Staff finalise the period, the engine aggregates it, staff submit the review with this narrative. */
    private void finaliseAndReview(Narrative narrative) {
        Login.as(users, "canbo.tx");
        String finalise = task();
        cycles.finalise(finalise, cycles.cycleOfTask(finalise).version());
        management.executeJob(management.createJobQuery().processInstanceId(cycle.getId()).singleResult().getId());
        String review = task();
        cycles.submitReview(review, cycles.cycleOfTask(review).version(), narrative);
    }

    /** The chairman approves the publication at the test clock's instant. */
    private void approveAsChairman() {
        Login.as(users, "chutich.tx");
        String approve = task();
        cycles.approve(approve, cycles.cycleOfTask(approve).version());
    }

    private String task() {
        return tasks.createTaskQuery().processInstanceId(cycle.getId()).singleResult().getId();
    }

}
