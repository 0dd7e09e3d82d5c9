package vn.khaosat.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
import vn.khaosat.base.audit.AuditService;
import vn.khaosat.base.tasks.TaskInboxService;
import vn.khaosat.base.tasks.TaskNotAvailableException;
import vn.khaosat.collection.FeedbackService;
import vn.khaosat.collection.KioskService;
import vn.khaosat.collection.OfficerService;
import vn.khaosat.cycle.CycleService;
import vn.khaosat.cycle.Narrative;
import vn.khaosat.org.OrgService;
import vn.khaosat.plan.CampaignService;
import vn.khaosat.plan.Channel;
import vn.khaosat.plan.PeriodType;
import vn.khaosat.plan.PlanService;
import vn.khaosat.report.DistrictService;
import vn.khaosat.report.ReportService;

/**
 * Every service door that takes a unit code, a record id or a task id, tried by a user of another
 * commune (and a commune user at district doors): refused, and nothing changed.
 */
@SpringTest
class TenantSweepIT {

    @Autowired
    TestCampaigns campaigns;
    @Autowired
    TestCycles cycles;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskService tasks;
    @Autowired
    OrgService org;
    @Autowired
    PlanService plans;
    @Autowired
    CampaignService campaignService;
    @Autowired
    KioskService kiosks;
    @Autowired
    OfficerService officers;
    @Autowired
    FeedbackService feedback;
    @Autowired
    CycleService cycleService;
    @Autowired
    ReportService reports;
    @Autowired
    DistrictService district;
    @Autowired
    AuditService audit;
    @Autowired
    TaskInboxService inbox;

    @BeforeEach
    void tayXuanHasAPlanKiosksOfficersFeedbackACycleAndAReport() {
        TestClock.set(2024, 3, 16, 9, 0);
        campaigns.run("TX", "TT4-3M", Set.of(Channel.PAPER, Channel.KIOSK));
        cycles.openDueWork("TX", 2024);
        TestResponses.insert(jdbc, campaignService.runningCampaign("TX", 2024).orElseThrow(), "TP-HT",
                LocalDate.of(2024, 3, 1), 1, 1, 1, 1);
        Login.as(users, "canbo.tx");
        kiosks.register("TX", "Kiosk quầy 1");
        officers.replace("TX", "Nguyễn Văn An");
        Login.out();
        feedback.submitOnline("TX", "Phòng chờ nóng", null, "127.0.0.1");
        cycles.publish("TX", "2024-03", new Narrative("A", "B", "C"),
                ZonedDateTime.of(2024, 3, 28, 8, 0, 0, 0, AppTime.ZONE));
    }

    @AfterEach
    void cleanUp() {
        campaigns.deleteAll();
        jdbc.update("DELETE FROM feedback_item");
        ClockUtil.reset();
        Login.out();
    }

    @Test
    void another_commune_is_refused_at_every_door_and_nothing_changes() {
        long planId = jdbc.queryForObject("SELECT id FROM survey_plan WHERE commune_code = 'TX'", Long.class);
        long campaignId = jdbc.queryForObject("SELECT id FROM survey_campaign WHERE commune_code = 'TX'", Long.class);
        long kioskId = jdbc.queryForObject("SELECT id FROM kiosk WHERE commune_code = 'TX'", Long.class);
        long reportId = jdbc.queryForObject("SELECT id FROM period_report WHERE commune_code = 'TX'", Long.class);
        String reportTask = tasks.createTaskQuery().processInstanceBusinessKey("report-2024-Q1-TX").singleResult().getId();
        String feedbackTask = tasks.createTaskQuery().processDefinitionKey("Feedback").singleResult().getId();
        String aprilCycleTask = tasks.createTaskQuery().processDefinitionKey("PublicationCycle").list().stream()
                .findFirst().map(t -> t.getId()).orElse(reportTask);
        Map<String, Object> before = snapshot();

        Login.as(users, "canbo.bd");
        Map<String, Runnable> doors = new LinkedHashMap<>();
        doors.put("OrgService.unit", () -> org.unit("TX"));
        doors.put("OrgService.usersOf", () -> org.usersOf("TX"));
        doors.put("PlanService.plan", () -> plans.plan(planId));
        doors.put("PlanService.pdf", () -> plans.pdf(planId));
        doors.put("CampaignService.campaignOfPlan", () -> campaignService.campaignOfPlan(planId));
        doors.put("CampaignService.cancel", () -> campaignService.cancel(campaignId, 0, "thử"));
        doors.put("KioskService.register", () -> kiosks.register("TX", "Kiosk lạ"));
        doors.put("KioskService.revoke", () -> kiosks.revoke(kioskId, 0));
        doors.put("OfficerService.replace", () -> officers.replace("TX", "Người lạ"));
        doors.put("FeedbackService.itemOfTask", () -> feedback.itemOfTask(feedbackTask));
        doors.put("FeedbackService.answer", () -> feedback.answer(feedbackTask, 0, "Trả lời lạ"));
        doors.put("CycleService.cycleOfTask", () -> cycleService.cycleOfTask(aprilCycleTask));
        doors.put("CycleService.monthlyTrend", () -> cycleService.monthlyTrend("TX"));
        doors.put("ReportService.report", () -> reports.report(reportId));
        doors.put("ReportService.reportOfTask", () -> reports.reportOfTask(reportTask));
        doors.put("ReportService.prepare", () -> reports.prepare(reportTask, 0, new Narrative("lạ", null, null)));
        doors.put("ReportService.docx", () -> reports.docx(reportId));
        doors.put("ReportService.xlsx", () -> reports.xlsx(reportId));
        doors.put("DistrictService.dashboard", () -> district.dashboard("TS", 2024, PeriodType.QUARTER_I));
        doors.put("DistrictService.consolidated", () -> district.consolidated("TS", 2024, PeriodType.QUARTER_I));
        doors.put("AuditService.search", () -> audit.search("TX", null, 10));
        doors.put("TaskInboxService.claim", () -> inbox.claim(reportTask));
        doors.put("TaskInboxService.open", () -> inbox.open(reportTask));

        Map<String, String> opened = new LinkedHashMap<>();
        doors.forEach((door, call) -> {
            try {
                call.run();
                opened.put(door, "opened");
            } catch (AccessDeniedException | TaskNotAvailableException refused) {
                // as it should be
            } catch (RuntimeException other) {
                opened.put(door, other.getClass().getSimpleName() + ": " + other.getMessage());
            }
        });
        System.out.printf("tenant sweep: %d doors tried by another commune, %d refused%n", doors.size(),
                doors.size() - opened.size());
        assertThat(opened).as("doors that did not refuse with 403 / task not available").isEmpty();

        Login.as(users, "noivu.ts");
        assertThatThrownBy(() -> kiosks.revoke(kioskId, 0)).isInstanceOf(AccessDeniedException.class);
        Login.out();
        assertThat(snapshot()).isEqualTo(before);
    }

    /** What the refused calls would have changed. */
    private Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        for (String sql : new String[] {"SELECT COUNT(*) FROM kiosk", "SELECT COUNT(*) FROM kiosk WHERE revoked_at IS NULL",
            "SELECT GROUP_CONCAT(name) FROM commune_officer", "SELECT status FROM survey_campaign",
            "SELECT status FROM period_report", "SELECT CONCAT(IFNULL(strengths, ''), IFNULL(answer, '')) FROM period_report "
                    + "LEFT JOIN feedback_item ON 1 = 1", "SELECT COUNT(*) FROM ACT_RU_TASK WHERE ASSIGNEE_ IS NOT NULL"}) {
            state.put(sql, jdbc.queryForObject(sql, Object.class));
        }
        return state;
    }
}
