package vn.khaosat.bench;

import java.lang.management.ManagementFactory;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.khaosat.Login;
import vn.khaosat.SpringTest;
import vn.khaosat.TestCampaigns;
import vn.khaosat.TestClock;
import vn.khaosat.base.AppTime;
import vn.khaosat.base.ProcessVariables;
import vn.khaosat.cycle.CycleService;
import vn.khaosat.cycle.Narrative;
import vn.khaosat.cycle.PublicationCycleProcess;
import vn.khaosat.plan.Channel;
import vn.khaosat.report.ReportProcess;
import vn.khaosat.report.ReportService;

/**
 * B4 and B6: a whole year for 100 communes of one district through the real processes. Each
 * commune's plan is drafted and approved; then the engine clock walks the year (08:00 and 09:00
 * of every day), every due job runs (cut-offs, publications at 08:00 on the 28th, reminders),
 * and a driver completes each task as its user would: finalise, review, approve, prepare and
 * sign the report, the district approves it. Baseline: the same engine's rate for a no-op
 * process (start, one user task, end), per activity instance.
 */
@SpringTest
class SimulatedYearBench {

    static final int COMMUNES = Integer.getInteger("bench.communes", 100);
    static final int YEAR = 2025;
    static final Narrative NARRATIVE = new Narrative("Cán bộ tận tình, đúng hẹn", "Phòng chờ chật", "Bố trí thêm ghế");

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestCampaigns campaigns;
    @Autowired
    CycleService cycles;
    @Autowired
    ReportService reports;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void cleanUp() {
        Login.out();
        ClockUtil.reset();
        campaigns.deleteAll();
    }

    @Test
    void b4_a_year_for_100_communes() throws Exception {
        createCommunes();
        long activitiesBefore = activityInstances();
        long start = System.currentTimeMillis();
        TestClock.set(ZonedDateTime.of(YEAR, 1, 2, 9, 0, 0, 0, AppTime.ZONE));
        for (int c = 0; c < COMMUNES; c++) {
            campaigns.run(code(c), "TT4-3M", Set.of(Channel.KIOSK, Channel.PAPER));
        }
        long plans = System.currentTimeMillis() - start;
        int[] done = new int[2];
        for (ZonedDateTime day = ZonedDateTime.of(YEAR, 1, 2, 8, 0, 0, 0, AppTime.ZONE); day.getYear() == YEAR;
                day = day.plusDays(1)) {
            for (ZonedDateTime at : List.of(day, day.plusHours(1))) {
                TestClock.set(at);
                drive(done);
            }
        }
        long year = System.currentTimeMillis() - start;
        long activities = activityInstances() - activitiesBefore;
        long published = jdbc.queryForObject("SELECT COUNT(*) FROM period_cycle WHERE commune_code LIKE 'Y%' "
                + "AND cycle_year = ? AND published_at IS NOT NULL", Long.class, YEAR);
        long late = jdbc.queryForObject("SELECT COUNT(*) FROM period_cycle WHERE commune_code LIKE 'Y%' "
                + "AND cycle_year = ? AND published_at IS NOT NULL AND late", Long.class, YEAR);
        long approvedReports = jdbc.queryForObject("SELECT COUNT(*) FROM period_report WHERE commune_code LIKE 'Y%' "
                + "AND status = 'APPROVED'", Long.class);
        long incidents = engine.getRuntimeService().createIncidentQuery().count();

        System.gc();
        long heapAfter = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();

        double noOpPerActivity = noOpMillisPerActivity();
        double oursPerActivity = (double) year / activities;

        BenchReport report = new BenchReport("B4 simulated year, B6 memory");
        report.add("B4", "a year for " + COMMUNES + " communes: plans, every cycle's tasks, every due job by the engine "
                + "clock, every report approved", "< 120 s", BenchReport.number(year / 1000.0) + " s (plans "
                        + BenchReport.number(plans / 1000.0) + " s)",
                BenchReport.number(noOpPerActivity) + " ms per activity instance for a no-op process",
                BenchReport.number(oursPerActivity / noOpPerActivity) + "× per activity instance",
                String.format("%,d", activities) + " activity instances, " + done[0] + " tasks completed, " + done[1]
                        + " jobs run; " + published + " cycles published (" + late + " late), " + approvedReports
                        + " reports approved, " + incidents + " incidents");
        report.add("B6", "heap after B4 (after a full GC), the whole bench run at the heap shown above",
                "works with -Xmx512m", String.format("%,d", heapAfter / (1024 * 1024)) + " MB used", "—", "",
                "max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
        report.write(jdbc);
    }

    /** Runs every due job and completes every open task, until nothing is left to do at this instant. */
    private void drive(int[] done) {
        boolean progress = true;
        while (progress) {
            progress = false;
            for (Job job : engine.getManagementService().createJobQuery().executable().list()) {
                engine.getManagementService().executeJob(job.getId());
                done[1]++;
                progress = true;
            }
            for (Task task : engine.getTaskService().createTaskQuery().active().list()) {
                boolean completed;
                try {
                    completed = complete(task);
                } catch (RuntimeException e) {
                    throw new IllegalStateException(task.getTaskDefinitionKey() + " at " + ClockUtil.getCurrentTime() + " "
                            + jdbc.queryForList("SELECT commune_code, campaign_year, status FROM survey_campaign"), e);
                }
                if (completed) {
                    done[0]++;
                    progress = true;
                }
            }
        }
        Login.out();
    }

    private boolean complete(Task task) {
        String commune = ProcessVariables.COMMUNE_CODE.fromExecution(engine.getRuntimeService(), task.getProcessInstanceId())
                .orElse(null);
        if (commune == null || !commune.startsWith("Y")) {
            return false;
        }
        String suffix = commune.toString().toLowerCase();
        String id = task.getId();
        switch (task.getTaskDefinitionKey()) {
        case PublicationCycleProcess.TASK_FINALISE -> {
            Login.as(users, "canbo." + suffix);
            cycles.finalise(id, cycles.cycleOfTask(id).version());
        }
        case PublicationCycleProcess.TASK_REVIEW -> {
            Login.as(users, "canbo." + suffix);
            cycles.submitReview(id, cycles.cycleOfTask(id).version(), NARRATIVE);
        }
        case PublicationCycleProcess.TASK_APPROVE -> {
            Login.as(users, "chutich." + suffix);
            cycles.approve(id, cycles.cycleOfTask(id).version());
        }
        case PublicationCycleProcess.TASK_ACKNOWLEDGE_COVERAGE -> {
            Login.as(users, "chutich." + suffix);
            cycles.acknowledgeCoverage(id, cycles.cycleOfTask(id).version(), "Chưa có số hồ sơ của kỳ");
        }
        case ReportProcess.TASK_PREPARE -> {
            Login.as(users, "canbo." + suffix);
            reports.prepare(id, reports.reportOfTask(id).version(), NARRATIVE);
        }
        case ReportProcess.TASK_SIGN -> {
            Login.as(users, "chutich." + suffix);
            reports.signAndSubmit(id, reports.reportOfTask(id).version());
        }
        case ReportProcess.TASK_REVIEW -> {
            Login.as(users, "noivu.ts");
            reports.approve(id, reports.reportOfTask(id).version());
        }
        default -> {
            return false;
        }
        }
        return true;
    }

    /** Communes Y000… of the demo district Tây Sơn, each with a staff member and a chairman (password as the demo's). */
    private void createCommunes() {
        long district = jdbc.queryForObject("SELECT id FROM org_unit WHERE code = 'TS'", Long.class);
        String hash = jdbc.queryForObject("SELECT password_hash FROM app_user WHERE username = 'canbo.tx'", String.class);
        for (int c = 0; c < COMMUNES; c++) {
            String code = code(c);
            jdbc.update("INSERT INTO org_unit (code, name, unit_type, parent_id) VALUES (?, ?, 'XA', ?)", code,
                    "Xã mô phỏng " + c, district);
            long unit = jdbc.queryForObject("SELECT id FROM org_unit WHERE code = ?", Long.class, code);
            for (String[] user : new String[][] {{"canbo.", "COMMUNE_STAFF"}, {"chutich.", "COMMUNE_LEADER"}}) {
                String username = user[0] + code.toLowerCase();
                jdbc.update("INSERT INTO app_user (username, full_name, password_hash, unit_id) VALUES (?, ?, ?, ?)",
                        username, "Người dùng " + username, hash, unit);
                jdbc.update("INSERT INTO app_user_role (user_id, role) SELECT id, ? FROM app_user WHERE username = ?",
                        user[1], username);
            }
        }
    }

    /** Milliseconds per activity instance of start → user task → end, 2,000 times, in this engine. */
    private double noOpMillisPerActivity() {
        String key = "benchNoOp";
        engine.getRepositoryService().createDeployment().name(key).addModelInstance(key + ".bpmn",
                Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1).startEvent().userTask("Task_NoOp")
                        .endEvent().done()).deploy();
        int runs = 2_000;
        long before = activityInstances();
        long start = System.currentTimeMillis();
        for (int i = 0; i < runs; i++) {
            String instance = engine.getRuntimeService().startProcessInstanceByKey(key).getId();
            engine.getTaskService().complete(engine.getTaskService().createTaskQuery().processInstanceId(instance)
                    .singleResult().getId());
        }
        long millis = System.currentTimeMillis() - start;
        return (double) millis / (activityInstances() - before);
    }

    private long activityInstances() {
        return engine.getHistoryService().createHistoricActivityInstanceQuery().count();
    }

    private static String code(int c) {
        return "Y%03d".formatted(c);
    }

}
