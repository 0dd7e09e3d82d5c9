package vn.khaosat.bench;

import java.lang.management.ManagementFactory;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
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
import vn.khaosat.plan.PublicationCalendar;
import vn.khaosat.plan.Channel;
import vn.khaosat.report.ReportProcess;
import vn.khaosat.report.ReportService;

/**
 * B4 and B6: a whole year for 100 communes of one district through the real processes. Each
 * commune's plan is drafted and approved; then the engine clock walks the year (08:00 and 09:00
 * of every day), every due job runs (cut-offs, publications at 08:00 on the 28th, reminders),
 * and a driver completes each task as its user would: finalise, review, approve, prepare and
 * sign the report, the district returns each report once with a comment, the commune revises and
 * signs it again, and the district approves it. Communes are driven in parallel, as their staff work
 * ({@code bench.drivers} threads). The run checks its own result and fails when it is wrong: every
 * cycle published once and on time, every report returned once and approved, no incident. Baseline: the same engine's rate for a no-op
 * process (start, one user task, end), per activity instance.
 */
@SpringTest
class SimulatedYearBench {

    static final int COMMUNES = Integer.getInteger("bench.communes", 100);
    /** Staff of different communes work at the same time; the driver does too, one commune per thread. */
    static final int DRIVERS = Integer.getInteger("bench.drivers", 4);
    /** Communes whose year runs first and is not measured (0: measure a JVM that has just started). */
    static final int WARM_UP_COMMUNES = Integer.getInteger("bench.warm-up-communes", 20);
    static final String PREFIX = "Y";
    static final String WARM_UP_PREFIX = "W";
    static final int YEAR = 2025;
    static final Narrative NARRATIVE = new Narrative("Cán bộ tận tình, đúng hẹn", "Phòng chờ chật", "Bố trí thêm ghế");
    static final Narrative NARRATIVE_REVISED = new Narrative("Cán bộ tận tình, đúng hẹn",
            "Phòng chờ chật; lĩnh vực Địa chính: 12 hồ sơ chưa có phiếu", "Bố trí thêm ghế");

    private final Map<String, UserDetails> logins = new ConcurrentHashMap<>();
    private final Set<String> returned = ConcurrentHashMap.newKeySet();
    private ExecutorService drivers;

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
        if (drivers != null) {
            drivers.shutdownNow();
        }
        Login.out();
        ClockUtil.reset();
        campaigns.deleteAll();
    }

    @Test
    void b4_a_year_for_100_communes() throws Exception {
        drivers = Executors.newFixedThreadPool(DRIVERS);
        // a province's server has run for months when a year is measured: the same year for other
        // communes first, so the measure is of compiled code, not of the JIT compiling it on the same cores
        long warmUp = 0;
        if (WARM_UP_COMMUNES > 0) {
            createCommunes(WARM_UP_PREFIX, WARM_UP_COMMUNES);
            warmUp = year(WARM_UP_PREFIX, WARM_UP_COMMUNES, new int[2])[1];
        }
        createCommunes(PREFIX, COMMUNES);
        long activitiesBefore = activityInstances();
        Usage usageBefore = Usage.of(jdbc);
        int[] done = new int[2];
        StatementDigest.reset(jdbc);
        long[] times = year(PREFIX, COMMUNES, done);
        String digest = StatementDigest.top(jdbc, 20);
        long plans = times[0];
        long year = times[1];
        Usage used = Usage.of(jdbc).minus(usageBefore);
        long activities = activityInstances() - activitiesBefore;
        long published = jdbc.queryForObject("SELECT COUNT(*) FROM period_cycle WHERE commune_code LIKE 'Y%' "
                + "AND cycle_year = ? AND published_at IS NOT NULL", Long.class, YEAR);
        long late = jdbc.queryForObject("SELECT COUNT(*) FROM period_cycle WHERE commune_code LIKE 'Y%' "
                + "AND cycle_year = ? AND published_at IS NOT NULL AND late", Long.class, YEAR);
        long approvedReports = jdbc.queryForObject("SELECT COUNT(*) FROM period_report WHERE commune_code LIKE 'Y%' "
                + "AND status = 'APPROVED'", Long.class);
        long incidents = engine.getRuntimeService().createIncidentQuery().count();
        long reportsOfYear = jdbc.queryForObject("SELECT COUNT(*) FROM period_report WHERE commune_code LIKE 'Y%' "
                + "AND report_year = ?", Long.class, YEAR);
        long returnedOnce = jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT r.id FROM period_report r "
                + "JOIN report_event e ON e.report_id = r.id AND e.action = 'RETURNED' WHERE r.commune_code LIKE 'Y%' "
                + "GROUP BY r.id HAVING COUNT(*) = 1) once", Long.class);
        long publications = jdbc.queryForObject("SELECT COUNT(*) FROM period_publication p JOIN period_cycle c "
                + "ON c.campaign_id = p.campaign_id AND c.publication_date = p.publication_date "
                + "WHERE c.commune_code LIKE 'Y%' AND c.cycle_year = ?", Long.class, YEAR);
        long cyclesExpected = (long) COMMUNES * PublicationCalendar.of(YEAR, PublicationCalendar.DEFAULT_CUT_OFF_DAY).size();
        // a fast run that did the wrong thing does not count: the year's work, each step once
        List<String> wrong = new ArrayList<>();
        expect(wrong, published == cyclesExpected, published + " cycles published, " + cyclesExpected + " expected");
        expect(wrong, late == 0, late + " publications late");
        expect(wrong, publications >= published, publications + " publication rows for " + published + " cycles");
        expect(wrong, reportsOfYear == (long) COMMUNES * 4, reportsOfYear + " reports, " + COMMUNES * 4 + " expected");
        expect(wrong, approvedReports == reportsOfYear, approvedReports + " of " + reportsOfYear + " reports approved");
        expect(wrong, returnedOnce == reportsOfYear, returnedOnce + " of " + reportsOfYear + " reports returned exactly once");
        expect(wrong, incidents == 0, incidents + " incidents");

        System.gc();
        long heapAfter = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();

        Usage noOpBefore = Usage.of(jdbc);
        long noOpActivitiesBefore = activityInstances();
        double noOpPerActivity = noOpMillisPerActivity();
        Usage noOpUsed = Usage.of(jdbc).minus(noOpBefore);
        long noOpActivities = activityInstances() - noOpActivitiesBefore;
        double oursPerActivity = (double) year / activities;

        BenchReport report = new BenchReport("B4 simulated year, B6 memory");
        report.add("B4", "a year for " + COMMUNES + " communes: plans, every cycle's tasks, every due job by the engine "
                + "clock, every report returned once and approved", "< 60 s", BenchReport.number(year / 1000.0) + " s (plans "
                        + BenchReport.number(plans / 1000.0) + " s)",
                BenchReport.number(noOpPerActivity) + " ms per activity instance for a no-op process",
                BenchReport.number(oursPerActivity / noOpPerActivity) + "× per activity instance",
                String.format("%,d", activities) + " activity instances, " + done[0] + " tasks completed, " + done[1]
                        + " jobs run; " + published + " cycles published (" + late + " late), " + approvedReports
                        + " reports approved (each returned once first), " + incidents + " incidents; " + DRIVERS
                        + " driver threads; " + (WARM_UP_COMMUNES == 0 ? "a JVM just started" : "after the same year for "
                                + WARM_UP_COMMUNES + " other communes (" + BenchReport.number(warmUp / 1000.0) + " s, not counted)")
                        + (wrong.isEmpty() ? "; result checked" : "; WRONG: " + wrong));
        // where the time goes: statements per activity instance, and the two processes' CPU
        report.note("B4 cost: the year ran " + BenchReport.number((double) used.statements() / activities)
                + " SQL statements per activity instance (the no-op process " + BenchReport.number(
                        (double) noOpUsed.statements() / Math.max(1, noOpActivities)) + "), in "
                + BenchReport.number(year / 1000.0) + " s: the application JVM used " + BenchReport.number(
                        used.jvmCpuMillis() / 1000.0) + " s of CPU, the database server " + (used.dbCpuMillis() < 0
                                ? "an unknown amount (not a process of this machine)"
                                : BenchReport.number(used.dbCpuMillis() / 1000.0) + " s") + ", of "
                + BenchReport.number(year / 1000.0 * Runtime.getRuntime().availableProcessors())
                + " s that " + Runtime.getRuntime().availableProcessors() + " CPUs offer in that time.");
        if (!digest.isEmpty()) {
            report.note(digest);
        }
        report.add("B6", "heap after B4 (after a full GC), the whole bench run at the heap shown above",
                "works with -Xmx512m", String.format("%,d", heapAfter / (1024 * 1024)) + " MB used", "—", "",
                "max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
        report.write(jdbc);
        if (!wrong.isEmpty()) {
            throw new AssertionError("B4 did not do the year's work: " + wrong);
        }
    }

    /**
     * The communes' plans drafted and approved on 2 January, then the engine clock walks the year
     * (08:00 and 09:00 of every day) while the drivers do each instant's work. Returns the
     * milliseconds of the plans and of the whole year, plans included.
     */
    private long[] year(String prefix, int communes, int[] done) throws InterruptedException, ExecutionException {
        long start = System.currentTimeMillis();
        TestClock.set(ZonedDateTime.of(YEAR, 1, 2, 9, 0, 0, 0, AppTime.ZONE));
        for (int c = 0; c < communes; c++) {
            campaigns.run(code(prefix, c), "TT4-3M", Set.of(Channel.KIOSK, Channel.PAPER));
        }
        long plans = System.currentTimeMillis() - start;
        for (ZonedDateTime day = ZonedDateTime.of(YEAR, 1, 2, 8, 0, 0, 0, AppTime.ZONE); day.getYear() == YEAR;
                day = day.plusDays(1)) {
            for (ZonedDateTime at : List.of(day, day.plusHours(1))) {
                TestClock.set(at);
                drive(prefix, done);
            }
        }
        return new long[] {plans, System.currentTimeMillis() - start};
    }

    private static void expect(List<String> wrong, boolean holds, String what) {
        if (!holds) {
            wrong.add(what);
        }
    }

    /**
     * Runs every due job and completes every open task, until nothing is left to do at this instant:
     * each round groups the work by commune and gives each commune to one driver thread, so that one
     * commune's steps run in order and different communes' at the same time.
     */
    private void drive(String prefix, int[] done) throws InterruptedException, ExecutionException {
        boolean progress = true;
        while (progress) {
            List<Job> jobs = engine.getManagementService().createJobQuery().executable().list();
            List<Task> tasks = engine.getTaskService().createTaskQuery().active().list();
            Set<String> instances = new HashSet<>();
            jobs.forEach(j -> instances.add(j.getProcessInstanceId()));
            tasks.forEach(t -> instances.add(t.getProcessInstanceId()));
            instances.remove(null);
            Map<String, String> communes = ProcessVariables.COMMUNE_CODE.ofInstances(engine.getRuntimeService(),
                    instances);
            Map<String, List<Runnable>> work = new TreeMap<>();
            AtomicInteger jobsRun = new AtomicInteger();
            AtomicInteger tasksDone = new AtomicInteger();
            for (Job job : jobs) {
                work.computeIfAbsent(communes.getOrDefault(job.getProcessInstanceId(), ""), c -> new ArrayList<>())
                        .add(() -> {
                            engine.getManagementService().executeJob(job.getId());
                            jobsRun.incrementAndGet();
                        });
            }
            for (Task task : tasks) {
                String commune = communes.get(task.getProcessInstanceId());
                if (commune != null && commune.startsWith(prefix)) {
                    work.computeIfAbsent(commune, c -> new ArrayList<>()).add(() -> {
                        if (complete(task, commune)) {
                            tasksDone.incrementAndGet();
                        }
                    });
                }
            }
            List<Future<?>> running = new ArrayList<>();
            for (List<Runnable> steps : work.values()) {
                running.add(drivers.submit(() -> {
                    try {
                        steps.forEach(Runnable::run);
                    } finally {
                        Login.out();
                    }
                }));
            }
            for (Future<?> step : running) {
                try {
                    step.get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException("at " + ClockUtil.getCurrentTime(), e.getCause());
                }
            }
            done[0] += tasksDone.get();
            done[1] += jobsRun.get();
            progress = tasksDone.get() + jobsRun.get() > 0;
        }
    }

    /** A user's login, read once: a person stays logged in through the day. */
    private void logIn(String username) {
        UserDetails user = logins.computeIfAbsent(username, users::loadUserByUsername);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    private boolean complete(Task task, String commune) {
        String suffix = commune.toLowerCase();
        String id = task.getId();
        switch (task.getTaskDefinitionKey()) {
        case PublicationCycleProcess.TASK_FINALISE -> {
            logIn("canbo." + suffix);
            cycles.finalise(id, cycles.cycleOfTask(id).version());
        }
        case PublicationCycleProcess.TASK_REVIEW -> {
            logIn("canbo." + suffix);
            cycles.submitReview(id, cycles.cycleOfTask(id).version(), NARRATIVE);
        }
        case PublicationCycleProcess.TASK_APPROVE -> {
            logIn("chutich." + suffix);
            cycles.approve(id, cycles.cycleOfTask(id).version());
        }
        case PublicationCycleProcess.TASK_ACKNOWLEDGE_COVERAGE -> {
            logIn("chutich." + suffix);
            cycles.acknowledgeCoverage(id, cycles.cycleOfTask(id).version(), "Chưa có số hồ sơ của kỳ");
        }
        case ReportProcess.TASK_PREPARE -> {
            logIn("canbo." + suffix);
            reports.prepare(id, reports.reportOfTask(id).version(), NARRATIVE);
        }
        case ReportProcess.TASK_SIGN -> {
            logIn("chutich." + suffix);
            reports.signAndSubmit(id, reports.reportOfTask(id).version());
        }
        case ReportProcess.TASK_REVIEW -> {
            logIn("noivu.ts");
            // each report goes back once, as a reviewer's question would send it
            if (returned.add(task.getProcessInstanceId())) {
                reports.returnReport(id, reports.reportOfTask(id).version(), "Bổ sung số liệu lĩnh vực Địa chính");
            } else {
                reports.approve(id, reports.reportOfTask(id).version());
            }
        }
        case ReportProcess.TASK_REVISE -> {
            logIn("canbo." + suffix);
            reports.revise(id, reports.reportOfTask(id).version(), NARRATIVE_REVISED);
        }
        default -> {
            return false;
        }
        }
        return true;
    }

    /** Communes Y000… (W000… for the warm-up) of the demo district Tây Sơn, each with a staff member and a chairman (password as the demo's). */
    private void createCommunes(String prefix, int communes) {
        long district = jdbc.queryForObject("SELECT id FROM org_unit WHERE code = 'TS'", Long.class);
        String hash = jdbc.queryForObject("SELECT password_hash FROM app_user WHERE username = 'canbo.tx'", String.class);
        for (int c = 0; c < communes; c++) {
            String code = code(prefix, c);
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

    private static String code(String prefix, int c) {
        return prefix + "%03d".formatted(c);
    }

}
