package vn.khaosat.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Set;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.khaosat.Login;
import vn.khaosat.SpringTest;
import vn.khaosat.TestCampaigns;
import vn.khaosat.TestClock;
import vn.khaosat.TestCycles;
import vn.khaosat.TestResponses;
import vn.khaosat.base.AppTime;
import vn.khaosat.cycle.CycleService;
import vn.khaosat.cycle.CycleStatus;
import vn.khaosat.cycle.Narrative;
import vn.khaosat.cycle.PublicationCycleProcess;
import vn.khaosat.cycle.PublicationService;
import vn.khaosat.plan.CampaignService;
import vn.khaosat.plan.Channel;
import vn.khaosat.plan.PeriodType;
import vn.khaosat.plan.SurveyCampaignProcess;
import vn.khaosat.report.DashboardStatus;
import vn.khaosat.report.DistrictService;
import vn.khaosat.report.ReportProcess;
import vn.khaosat.report.ReportService;
import vn.khaosat.report.ReportStatus;

/**
 * One process never undoes another's work: a process starts another in a step of its own, so a
 * failing start leaves the parent's work stored and an incident that a retry resolves (W2). And a
 * cancelled campaign ends its cycles and reports with one status everywhere.
 */
@SpringTest
class ProcessIsolationIT {

    static final Narrative NARRATIVE = new Narrative("Cán bộ nhiệt tình", "Phòng chờ chật", "Bố trí thêm ghế");
    static final ZonedDateTime MARCH_28_0800 = ZonedDateTime.of(2024, 3, 28, 8, 0, 0, 0, AppTime.ZONE);

    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    CycleService cycleService;
    @Autowired
    ManagementService management;
    @Autowired
    TestCampaigns campaigns;
    @Autowired
    TestCycles cycles;
    @Autowired
    CampaignService campaignService;
    @Autowired
    PublicationService publications;
    @Autowired
    ReportService reports;
    @Autowired
    DistrictService district;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void cleanUp() {
        jdbc.execute("DROP TRIGGER IF EXISTS period_report_fault");
        jdbc.execute("DROP TRIGGER IF EXISTS period_cycle_fault");
        jdbc.execute("DROP TRIGGER IF EXISTS task_completion_fault");
        campaigns.deleteAll();
        ClockUtil.reset();
        Login.out();
    }

    @Test
    void a_failing_report_start_leaves_the_publication_public_and_an_incident_a_retry_resolves_once() {
        quarterOneReadyToPublish();
        jdbc.execute("CREATE TRIGGER period_report_fault BEFORE INSERT ON period_report FOR EACH ROW "
                + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'report start fault'");

        assertThatThrownBy(() -> cycles.publish("TX", "2024-03", NARRATIVE, MARCH_28_0800))
                .isExactlyInstanceOf(DataAccessResourceFailureException.class).hasMessageContaining("report start fault");
        // the publication is stored and public although the report could not start
        assertThat(publications.published("TX", "2024-Q1")).isPresent();
        assertThat(publications.published("TX", "2024-03")).isPresent();
        String cycle = process("cycle-2024-03-TX");
        Job start = management.createJobQuery().processInstanceId(cycle)
                .activityId(PublicationCycleProcess.TASK_START_REPORT).singleResult();
        // the engine retries it (three tries in all), then shows an incident in Cockpit
        for (int retry = 0; retry < 2; retry++) {
            assertThatThrownBy(() -> management.executeJob(start.getId())).isExactlyInstanceOf(DataAccessResourceFailureException.class)
                    .hasMessageContaining("start fault");
        }
        Incident incident = runtime.createIncidentQuery().processInstanceId(cycle).singleResult();
        assertThat(incident.getActivityId()).isEqualTo(PublicationCycleProcess.TASK_START_REPORT);
        assertThat(incident.getIncidentMessage()).contains("report start fault");
        assertThat(count("period_report")).isZero();

        // the fault removed, a retry (Cockpit's "increment retries") starts the report, once
        jdbc.execute("DROP TRIGGER period_report_fault");
        management.setJobRetries(start.getId(), 1);
        management.executeJob(start.getId());
        assertThat(runtime.createIncidentQuery().count()).isZero();
        assertThat(count("period_report")).isEqualTo(1);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ReportProcess.KEY).count()).isEqualTo(1);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(cycle).count()).isZero();
        assertThat(publications.published("TX", "2024-Q1")).isPresent();
    }

    @Test
    void a_failing_cycle_start_leaves_the_work_opened_and_an_incident_a_retry_resolves_once() {
        TestClock.set(2024, 3, 10, 9, 0);
        campaigns.run("TX", "TT4-3M", Set.of(Channel.PAPER));
        jdbc.execute("CREATE TRIGGER period_cycle_fault BEFORE INSERT ON period_cycle FOR EACH ROW "
                + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'cycle start fault'");
        String campaign = process("campaign-2024-TX");
        TestClock.set(2024, 3, 15, 7, 0);
        management.executeJob(management.createJobQuery().processInstanceId(campaign).timers().activityId(vn.khaosat.plan.SurveyCampaignProcess.TIMER_WORK_OPENS).singleResult().getId());
        Job start = management.createJobQuery().processInstanceId(campaign)
                .activityId(SurveyCampaignProcess.TASK_START_CYCLE).singleResult();
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThatThrownBy(() -> management.executeJob(start.getId())).isExactlyInstanceOf(DataAccessResourceFailureException.class)
                    .hasMessageContaining("start fault");
        }
        // the opening is recorded; the cycle's start waits in an incident
        assertThat(jdbc.queryForObject("SELECT last_work_opened FROM survey_campaign", LocalDate.class))
                .isEqualTo(LocalDate.of(2024, 3, 28));
        assertThat(runtime.createIncidentQuery().processInstanceId(campaign).singleResult().getActivityId())
                .isEqualTo(SurveyCampaignProcess.TASK_START_CYCLE);
        assertThat(count("period_cycle")).isZero();

        jdbc.execute("DROP TRIGGER period_cycle_fault");
        management.setJobRetries(start.getId(), 1);
        management.executeJob(start.getId());
        assertThat(runtime.createIncidentQuery().count()).isZero();
        assertThat(count("period_cycle")).isEqualTo(1);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("cycle-2024-03-TX").count())
                .isEqualTo(1);
        // the campaign goes on waiting for April's work
        assertThat(management.createJobQuery().processInstanceId(campaign).timers().activityId(vn.khaosat.plan.SurveyCampaignProcess.TIMER_WORK_OPENS).singleResult().getDuedate())
                .isEqualTo(java.util.Date.from(ZonedDateTime.of(2024, 4, 15, 7, 0, 0, 0, AppTime.ZONE).toInstant()));
    }

    @Test
    void cancelling_a_campaign_ends_its_open_cycles_and_reports_with_one_status_everywhere() {
        quarterOneReadyToPublish();
        cycles.publish("TX", "2024-03", NARRATIVE, MARCH_28_0800);
        TestClock.set(2024, 4, 15, 7, 0);
        cycles.openDueWork("TX", 2024);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("cycle-2024-04-TX").count()).isEqualTo(1);

        TestClock.set(2024, 4, 20, 9, 0);
        Login.as(users, "admin");
        long plan = jdbc.queryForObject("SELECT id FROM survey_plan WHERE commune_code = 'TX'", Long.class);
        var campaign = campaignService.campaignOfPlan(plan).orElseThrow();
        campaignService.cancel(campaign.id(), campaign.version(), "Sáp nhập xã");

        // the engine: nothing of the campaign runs any more
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(PublicationCycleProcess.KEY).count()).isZero();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ReportProcess.KEY).count()).isZero();
        assertThat(tasks.createTaskQuery().count()).isZero();
        // the tables: March published stays published; April's cycle and Q1's report are cancelled
        assertThat(jdbc.queryForList("SELECT CONCAT(publication_date, ' ', status) FROM period_cycle ORDER BY publication_date",
                String.class)).containsExactly("2024-03-28 " + CycleStatus.PUBLISHED, "2024-04-28 " + CycleStatus.CANCELLED);
        assertThat(jdbc.queryForObject("SELECT status FROM period_report", String.class))
                .isEqualTo(ReportStatus.CANCELLED.name());
        long reportId = jdbc.queryForObject("SELECT id FROM period_report", Long.class);
        assertThat(reports.report(reportId).status()).isEqualTo(ReportStatus.CANCELLED);
        assertThat(reports.report(reportId).history()).extracting(e -> e.action()).endsWith("CANCELLED");

        // the district's dashboard: the quarter and the first half (due after the cancellation) are cancelled, not missing
        Login.as(users, "noivu.ts");
        TestClock.set(2024, 7, 20, 9, 0);
        assertThat(district.dashboard("TS", 2024, PeriodType.QUARTER_I).rows())
                .filteredOn(r -> r.communeCode().equals("TX")).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(DashboardStatus.CANCELLED));
        assertThat(district.dashboard("TS", 2024, PeriodType.SIX_MONTHS).rows())
                .filteredOn(r -> r.communeCode().equals("TX")).singleElement().satisfies(r -> {
                    assertThat(r.status()).isEqualTo(DashboardStatus.CANCELLED);
                    assertThat(r.grade()).isNull();
                });
        assertThat(district.dashboard("TS", 2024, PeriodType.SIX_MONTHS).rows())
                .filteredOn(r -> r.communeCode().equals("BD")).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(DashboardStatus.MISSING));
    }

    /**
     * A task screen's form and the task's completion are one transaction: when the engine cannot
     * complete the task, the form's data are not saved either, and the task waits as it was.
     */
    @Test
    void when_a_task_cannot_be_completed_its_form_is_not_saved() {
        quarterOneReadyToPublish();
        Login.as(users, "canbo.tx");
        String cycle = process("cycle-2024-03-TX");
        Task finalise = tasks.createTaskQuery().processInstanceId(cycle).singleResult();
        assertThat(finalise.getTaskDefinitionKey()).isEqualTo(PublicationCycleProcess.TASK_FINALISE);
        long version = cycleService.cycleOfTask(finalise.getId()).version();
        // the engine deletes a completed task's row: here it cannot
        jdbc.execute("CREATE TRIGGER task_completion_fault BEFORE DELETE ON ACT_RU_TASK FOR EACH ROW "
                + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'task completion fault'");

        assertThatThrownBy(() -> cycleService.finalise(finalise.getId(), version))
                .isExactlyInstanceOf(ProcessEnginePersistenceException.class)
                .hasStackTraceContaining("task completion fault");
        assertThat(jdbc.queryForObject("SELECT CONCAT(status, ' ', COALESCE(finalised_by, '-'), ' ', version) "
                + "FROM period_cycle WHERE process_instance_id = ?", String.class, cycle))
                .isEqualTo("FINALISING - " + version);
        assertThat(tasks.createTaskQuery().taskId(finalise.getId()).singleResult().getAssignee())
                .as("nor is the task claimed").isNull();

        jdbc.execute("DROP TRIGGER task_completion_fault");
        cycleService.finalise(finalise.getId(), version);
        assertThat(jdbc.queryForObject("SELECT CONCAT(status, ' ', finalised_by) FROM period_cycle "
                + "WHERE process_instance_id = ?", String.class, cycle)).isEqualTo("REVIEWING canbo.tx");
    }

    private void quarterOneReadyToPublish() {
        TestClock.set(2024, 3, 16, 9, 0);
        campaigns.run("TX", "TT4-3M", Set.of(Channel.PAPER));
        cycles.openDueWork("TX", 2024);
        var campaign = campaignService.runningCampaign("TX", 2024).orElseThrow();
        TestResponses.insert(jdbc, campaign, "TP-HT", LocalDate.of(2024, 2, 10), 1, 1, 2, 1);
        TestResponses.insert(jdbc, campaign, "VHXH", LocalDate.of(2024, 3, 5), 1, 3, 2, 2);
    }

    private String process(String businessKey) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).singleResult().getId();
    }

    private int count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }
}
