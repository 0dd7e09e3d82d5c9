package vn.khaosat.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
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
import vn.khaosat.TestCampaigns;
import vn.khaosat.TestClock;
import vn.khaosat.TestCycles;
import vn.khaosat.TestResponses;
import vn.khaosat.base.AppTime;
import vn.khaosat.base.InvalidInputException;
import vn.khaosat.base.tasks.TaskInboxService;
import vn.khaosat.base.tasks.TaskNotAvailableException;
import vn.khaosat.cycle.Narrative;
import vn.khaosat.cycle.PublicationCycleProcess;
import vn.khaosat.org.OrgService;
import vn.khaosat.org.Role;
import vn.khaosat.org.UnitDraft;
import vn.khaosat.org.UnitType;
import vn.khaosat.org.UserDraft;
import vn.khaosat.plan.CampaignService;
import vn.khaosat.plan.Channel;
import vn.khaosat.plan.PeriodType;
import vn.khaosat.plan.RunningCampaign;

/**
 * The report of quarter I of Xã Tây Xuân, from the publication on 28/3/2024 to the district's
 * approval: every path with the engine clock.
 */
@SpringTest
class ReportProcessIT {

    static final ZonedDateTime MARCH_28_0800 = ZonedDateTime.of(2024, 3, 28, 8, 0, 0, 0, AppTime.ZONE);
    static final ZonedDateTime DUE = ZonedDateTime.of(2024, 4, 2, 17, 0, 0, 0, AppTime.ZONE);
    static final Narrative NARRATIVE = new Narrative("Cán bộ tận tình", "Phòng chờ chật", "Bố trí thêm ghế");

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    TestCampaigns campaigns;
    @Autowired
    TestCycles cycles;
    @Autowired
    CampaignService campaignService;
    @Autowired
    ReportService reports;
    @Autowired
    DistrictService district;
    @Autowired
    TaskInboxService inbox;
    @Autowired
    OrgService org;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    ProcessInstance report;

    @BeforeEach
    void quarterOneIsPublished() {
        BpmnAwareTests.init(engine);
        // the plan is issued on 16/3: March's work (opened 15/3) starts at once
        TestClock.set(ZonedDateTime.of(2024, 3, 16, 9, 0, 0, 0, AppTime.ZONE));
        campaigns.run("TX", "TT4-3M", Set.of(Channel.PAPER));
        cycles.openDueWork("TX", 2024);
        RunningCampaign campaign = campaignService.runningCampaign("TX", 2024).orElseThrow();
        TestResponses.insert(jdbc, campaign, "TP-HT", LocalDate.of(2024, 2, 10), 1, 1, 2, 1);
        TestResponses.insert(jdbc, campaign, "VHXH", LocalDate.of(2024, 3, 5), 1, 3, 2, 2);
        cycles.publish("TX", "2024-03", NARRATIVE, MARCH_28_0800);
        report = runtime.createProcessInstanceQuery().processInstanceBusinessKey("report-2024-Q1-TX").singleResult();
    }

    @AfterEach
    void cleanUp() {
        campaigns.deleteAll();
        ClockUtil.reset();
        Login.out();
    }

    @Test
    void prepared_signed_and_approved_by_the_district() {
        String cycle = jdbc.queryForObject("SELECT process_instance_id FROM period_cycle WHERE commune_code = 'TX' "
                + "AND publication_date = '2024-03-28'", String.class);
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(cycle)
                .activityId(PublicationCycleProcess.END_REPORT_STARTED).count()).isEqualTo(1);
        BpmnAwareTests.assertThat(report).isWaitingAt(ReportProcess.TASK_PREPARE);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ReportProcess.KEY).count())
                .as("March itself is not reported, quarter I is").isEqualTo(1);

        Login.as(users, "canbo.tx");
        String prepare = task();
        ReportView view = reports.reportOfTask(prepare);
        assertThat(view.periodName()).isEqualTo("quý I/2024");
        assertThat(view.narrative()).isEqualTo(NARRATIVE);
        assertThat(view.dueOn()).isEqualTo(LocalDate.of(2024, 4, 2));
        assertThat(view.published().results().responses()).isEqualTo(2);
        assertThatThrownBy(() -> reports.prepare(prepare, view.version(), new Narrative(" ", "x", "y")))
                .isInstanceOf(InvalidInputException.class);
        BpmnAwareTests.assertThat(report).isWaitingAt(ReportProcess.TASK_PREPARE);
        reports.prepare(prepare, view.version(), new Narrative("Cán bộ tận tình, đúng hẹn", "Phòng chờ chật", "Bố trí thêm ghế"));

        Login.as(users, "chutich.tx");
        String sign = task();
        reports.signAndSubmit(sign, reports.reportOfTask(sign).version());

        BpmnAwareTests.assertThat(report).isWaitingAt(ReportProcess.TASK_REVIEW);
        assertThat(tasks.getIdentityLinksForTask(task())).extracting(l -> l.getGroupId())
                .containsExactly("district:TS:reviewer");
        Login.as(users, "noivu.ts");
        String review = task();
        reports.approve(review, reports.reportOfTask(review).version());

        BpmnAwareTests.assertThat(report).isEnded().hasPassed(ReportProcess.TASK_RECORD_APPROVAL,
                ReportProcess.END_APPROVED);
        ReportView approved = reports.report(reportId());
        assertThat(approved.status()).isEqualTo(ReportStatus.APPROVED);
        assertThat(approved.late()).isFalse();
        assertThat(approved.versions()).singleElement()
                .satisfies(v -> assertThat(v.narrative().strengths()).isEqualTo("Cán bộ tận tình, đúng hẹn"));
        assertThat(approved.history()).extracting(ReportView.Event::action)
                .containsExactly("STARTED", "PREPARED", "SIGNED", "SENT", "APPROVED");
        assertThat(jdbc.queryForList("SELECT recipient FROM alert WHERE message_key = 'alert.report.approved'",
                String.class)).containsExactlyInAnyOrder("commune:TX:leader", "commune:TX:staff");
    }

    @Test
    void returned_with_a_comment_revised_signed_again_and_approved() {
        prepareAndSign();
        Login.as(users, "noivu.ts");
        String review = task();
        long version = reports.reportOfTask(review).version();
        assertThatThrownBy(() -> reports.returnReport(review, version, "  ")).isInstanceOf(InvalidInputException.class);
        BpmnAwareTests.assertThat(report).isWaitingAt(ReportProcess.TASK_REVIEW);
        reports.returnReport(review, version, "Bổ sung nguyên nhân lĩnh vực VHXH");

        BpmnAwareTests.assertThat(report).isWaitingAt(ReportProcess.TASK_REVISE);
        Login.as(users, "canbo.tx");
        String revise = task();
        ReportView returned = reports.reportOfTask(revise);
        assertThat(returned.status()).isEqualTo(ReportStatus.RETURNED);
        assertThat(returned.lastReturnComment()).isEqualTo("Bổ sung nguyên nhân lĩnh vực VHXH");
        reports.revise(revise, returned.version(), new Narrative("Cán bộ tận tình", "VHXH: thiếu người trực", "Bố trí thêm ghế"));

        Login.as(users, "chutich.tx");
        String sign = task();
        reports.signAndSubmit(sign, reports.reportOfTask(sign).version());
        Login.as(users, "noivu.ts");
        String again = task();
        reports.approve(again, reports.reportOfTask(again).version());

        BpmnAwareTests.assertThat(report).isEnded().hasPassed(ReportProcess.END_APPROVED);
        ReportView approved = reports.report(reportId());
        assertThat(approved.versions()).extracting(v -> v.narrative().difficulties())
                .containsExactly("Phòng chờ chật", "VHXH: thiếu người trực");
        assertThat(approved.history()).extracting(ReportView.Event::action).containsExactly("STARTED", "PREPARED",
                "SIGNED", "SENT", "RETURNED", "REVISED", "SIGNED", "SENT", "APPROVED");
        assertThat(approved.history()).filteredOn(e -> e.action().equals("RETURNED")).singleElement()
                .satisfies(e -> {
                    assertThat(e.comment()).isEqualTo("Bổ sung nguyên nhân lĩnh vực VHXH");
                    assertThat(e.doneBy()).isEqualTo("noivu.ts");
                });
        // every version's document can be had again
        assertThat(reports.pdf(approved.id(), 1)).startsWith("%PDF".getBytes());
    }

    @Test
    void signing_again_after_a_return_gets_a_new_due_and_its_escalation_fires_once_then() {
        TestClock.set(ZonedDateTime.of(2024, 3, 29, 9, 0, 0, 0, AppTime.ZONE));
        prepareAndSign(); // signing opened 29/03 09:00, due with the report: 4 days 8 hours
        Login.as(users, "noivu.ts");
        TestClock.set(ZonedDateTime.of(2024, 4, 1, 9, 0, 0, 0, AppTime.ZONE));
        String review = task();
        reports.returnReport(review, reports.reportOfTask(review).version(), "Bổ sung nguyên nhân");
        TestClock.set(ZonedDateTime.of(2024, 4, 3, 9, 0, 0, 0, AppTime.ZONE)); // the report's due has passed
        Login.as(users, "canbo.tx");
        String revise = task();
        reports.revise(revise, reports.reportOfTask(revise).version(), NARRATIVE);

        // the leader's task is entered again: due 4 days 8 hours from now, and nothing fires at once
        assertThat(management.createJobQuery().processInstanceId(report.getId()).executable().count()).isZero();
        ZonedDateTime newDue = ZonedDateTime.of(2024, 4, 7, 17, 0, 0, 0, AppTime.ZONE);
        assertThat(tasks.createTaskQuery().taskId(task()).singleResult().getDueDate()).isEqualTo(Date.from(newDue.toInstant()));
        Job overdue = timer(ReportProcess.TASK_SIGN, "Timer_SignOverdue");
        assertThat(overdue.getDuedate()).isEqualTo(Date.from(newDue.toInstant()));
        TestClock.set(newDue.minusMinutes(1));
        assertThat(management.createJobQuery().processInstanceId(report.getId()).executable().count()).isZero();
        TestClock.set(newDue);
        management.executeJob(overdue.getId());
        assertThat(management.createJobQuery().processInstanceId(report.getId()).executable().count()).isZero();
        // the return told the commune once (leader and staff), the new due's escalation fired once
        assertThat(jdbc.queryForList("SELECT CONCAT(recipient, ' ', message_key) FROM alert ORDER BY id", String.class))
                .containsExactly("commune:TX:leader alert.report.returned", "commune:TX:staff alert.report.returned",
                        "commune:TX:leader alert.report.overdue");
        BpmnAwareTests.assertThat(report).isWaitingAt(ReportProcess.TASK_SIGN);
    }

    @Test
    void reminded_before_the_due_date_escalated_when_it_passes_sent_late_and_the_review_reminded_and_escalated() {
        Job reminder = timer(ReportProcess.TASK_PREPARE, "Timer_PrepareReminder");
        assertThat(reminder.getDuedate()).isEqualTo(Date.from(DUE.minusDays(1).toInstant()));
        TestClock.set(DUE.minusDays(1));
        management.executeJob(reminder.getId());
        assertThat(alerts("commune:TX:staff", "alert.report.dueSoon")).containsExactly("quý I/2024\u001F02/04/2024");

        Job overdue = timer(ReportProcess.TASK_PREPARE, "Timer_PrepareOverdue");
        assertThat(overdue.getDuedate()).isEqualTo(Date.from(DUE.toInstant()));
        TestClock.set(DUE);
        management.executeJob(overdue.getId());
        assertThat(alerts("commune:TX:leader", "alert.report.overdue")).hasSize(1);
        BpmnAwareTests.assertThat(report).isWaitingAt(ReportProcess.TASK_PREPARE);

        // sent two days late
        TestClock.set(DUE.plusDays(2));
        prepareAndSign();
        // the leader's own overdue timer was already due when the task was reached: it fires at once
        management.createJobQuery().processInstanceId(report.getId()).executable().list()
                .forEach(job -> management.executeJob(job.getId()));
        ReportView sent = reports.report(reportId());
        assertThat(sent.late()).isTrue();
        // each step once: a second reminder or escalation would show here
        assertThat(sent.history()).extracting(ReportView.Event::action)
                .containsExactly("STARTED", "REMINDED", "OVERDUE", "PREPARED", "SIGNED", "SENT_LATE");

        // review: 5 working days from Thursday 4/4 → Thursday 11/4, reminded the working day before
        Job reviewReminder = timer(ReportProcess.TASK_REVIEW, "Timer_ReviewReminder");
        assertThat(reviewReminder.getDuedate())
                .isEqualTo(Date.from(ZonedDateTime.of(2024, 4, 10, 8, 0, 0, 0, AppTime.ZONE).toInstant()));
        TestClock.set(ZonedDateTime.of(2024, 4, 10, 8, 0, 0, 0, AppTime.ZONE));
        management.executeJob(reviewReminder.getId());
        assertThat(alerts("district:TS:reviewer", "alert.report.reviewDueSoon")).hasSize(1);
        Job reviewOverdue = timer(ReportProcess.TASK_REVIEW, "Timer_ReviewOverdue");
        assertThat(reviewOverdue.getDuedate())
                .isEqualTo(Date.from(ZonedDateTime.of(2024, 4, 11, 17, 0, 0, 0, AppTime.ZONE).toInstant()));
        TestClock.set(ZonedDateTime.of(2024, 4, 11, 17, 0, 0, 0, AppTime.ZONE));
        management.executeJob(reviewOverdue.getId());
        assertThat(alerts("district:TS:reviewer", "alert.report.reviewOverdue")).hasSize(1);
        BpmnAwareTests.assertThat(report).isWaitingAt(ReportProcess.TASK_REVIEW);

        Login.as(users, "noivu.ts");
        String review = task();
        reports.approve(review, reports.reportOfTask(review).version());
        BpmnAwareTests.assertThat(report).isEnded();
        assertThat(district.dashboard("TS", 2024, PeriodType.QUARTER_I).rows())
                .filteredOn(r -> r.communeCode().equals("TX")).singleElement().satisfies(r -> {
                    assertThat(r.status()).isEqualTo(DashboardStatus.APPROVED);
                    assertThat(r.late()).isTrue();
                });
    }

    @Test
    void no_one_outside_the_commune_and_its_district_sees_the_report() {
        Login.as(users, "admin");
        if (jdbc.queryForObject("SELECT COUNT(*) FROM org_unit WHERE code = 'AN'", Integer.class) == 0) {
            long province = org.unit("BDI").getId();
            var unit = org.saveUnit(new UnitDraft(null, 0, "AN", "Huyện An Nhơn", UnitType.HUYEN, province, true));
            org.saveUser(new UserDraft(null, 0, "noivu.an", "Phòng Nội vụ An Nhơn", unit.id(),
                    Set.of(Role.DISTRICT_REVIEWER), "matkhau-an-1234"));
        }
        prepareAndSign();
        String review = task();
        long id = reportId();

        Login.as(users, "noivu.an");
        assertThatThrownBy(() -> reports.report(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.pdf(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.reportOfTask(review)).isExactlyInstanceOf(TaskNotAvailableException.class);
        assertThatThrownBy(() -> inbox.open(review)).isInstanceOf(TaskNotAvailableException.class);
        assertThat(inbox.tasks(vn.khaosat.base.tasks.InboxFilter.ALL)).noneMatch(t -> t.id().equals(review));
        assertThatThrownBy(() -> district.dashboard("TS", 2024, PeriodType.QUARTER_I))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(district.reviewableUnits()).extracting(u -> u.code()).doesNotContain("TS");

        Login.as(users, "canbo.bd");
        assertThatThrownBy(() -> reports.report(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.xlsx(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> district.dashboard("TS", 2024, PeriodType.QUARTER_I))
                .isInstanceOf(AccessDeniedException.class);

        // nothing changed: the report still waits for its own district
        BpmnAwareTests.assertThat(report).isWaitingAt(ReportProcess.TASK_REVIEW);
        Login.as(users, "noivu.ts");
        assertThat(reports.report(id).status()).isEqualTo(ReportStatus.IN_REVIEW);
    }

    @Test
    void a_commune_under_a_province_reports_to_the_provinces_reviewers() {
        // Tây Phú, for this test, directly under Tỉnh Bình Định (a city's ward would be)
        jdbc.update("UPDATE org_unit SET parent_id = (SELECT id FROM (SELECT id FROM org_unit WHERE code = 'BDI') p) "
                + "WHERE code = 'TP'");
        try {
            TestClock.set(ZonedDateTime.of(2024, 3, 16, 9, 0, 0, 0, AppTime.ZONE));
            campaigns.run("TP", "TT4-3M", Set.of(Channel.PAPER));
            cycles.openDueWork("TP", 2024);
            TestResponses.insert(jdbc, campaignService.runningCampaign("TP", 2024).orElseThrow(), "TP-HT",
                    LocalDate.of(2024, 3, 1), 1, 1, 1, 1);
            cycles.publish("TP", "2024-03", NARRATIVE, MARCH_28_0800);
            ProcessInstance tayPhu = runtime.createProcessInstanceQuery().processInstanceBusinessKey("report-2024-Q1-TP")
                    .singleResult();
            Login.as(users, "canbo.tp");
            String prepare = tasks.createTaskQuery().processInstanceId(tayPhu.getId()).singleResult().getId();
            reports.prepare(prepare, reports.reportOfTask(prepare).version(), NARRATIVE);
            Login.as(users, "chutich.tp");
            String sign = tasks.createTaskQuery().processInstanceId(tayPhu.getId()).singleResult().getId();
            reports.signAndSubmit(sign, reports.reportOfTask(sign).version());
            String review = tasks.createTaskQuery().processInstanceId(tayPhu.getId()).singleResult().getId();
            assertThat(tasks.getIdentityLinksForTask(review)).extracting(l -> l.getGroupId())
                    .containsExactly("province:BDI:reviewer");
            assertThat(jdbc.queryForObject("SELECT parent_code FROM period_report WHERE commune_code = 'TP'", String.class))
                    .isEqualTo("BDI");
        } finally {
            jdbc.update("UPDATE org_unit SET parent_id = (SELECT id FROM (SELECT id FROM org_unit WHERE code = 'TS') p) "
                    + "WHERE code = 'TP'");
        }
    }

    private void prepareAndSign() {
        Login.as(users, "canbo.tx");
        String prepare = task();
        reports.prepare(prepare, reports.reportOfTask(prepare).version(), NARRATIVE);
        Login.as(users, "chutich.tx");
        String sign = task();
        reports.signAndSubmit(sign, reports.reportOfTask(sign).version());
    }

    private java.util.List<String> alerts(String recipient, String key) {
        return jdbc.queryForList("SELECT message_args FROM alert WHERE recipient = ? AND message_key = ?", String.class,
                recipient, key);
    }

    private Job timer(String task, String timerId) {
        return management.createJobQuery().processInstanceId(report.getId()).timers().activityId(timerId).singleResult();
    }

    private long reportId() {
        return jdbc.queryForObject("SELECT id FROM period_report WHERE commune_code = 'TX' AND period_code = '2024-Q1'",
                Long.class);
    }

    private String task() {
        return tasks.createTaskQuery().processInstanceId(report.getId()).singleResult().getId();
    }

}
