package vn.khaosat.bench;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;

import vn.khaosat.Login;
import vn.khaosat.TestCampaigns;
import vn.khaosat.TestClock;
import vn.khaosat.TestJobs;
import vn.khaosat.TestProcesses;
import vn.khaosat.base.AppTime;
import vn.khaosat.base.tasks.ui.MyTasksView;
import vn.khaosat.cycle.CycleService;
import vn.khaosat.cycle.PublicationCycleProcess;
import vn.khaosat.cycle.ui.CycleReviewView;
import vn.khaosat.cycle.ui.PublicPageProbe;
import vn.khaosat.cycle.ui.PublicResultsView;
import vn.khaosat.org.ui.PasswordView;
import vn.khaosat.plan.Channel;
import vn.khaosat.plan.SurveyCampaignProcess;
import vn.khaosat.report.ui.DashboardProbe;
import vn.khaosat.report.ui.DistrictDashboardView;

/**
 * B8: what a person feels at province scale. Staff sessions open the screens of their day while
 * kiosks submit at a steady rate and the job executor works through a stream of jobs, on the
 * province data (100 communes, five years, {@link ProvinceData#RESPONSES} responses). Each Vaadin
 * session is Karibu driving the real views in a thread of its own (Karibu keeps its Vaadin session
 * per thread): the server time of an opening is the navigation, the view's construction and data,
 * and the client round trip (Flow's before-response work, which fetches and renders each grid's
 * first rows); the open-data API goes through HTTP. People think between screens ({@link #THINK_MILLIS} on average).
 * Every opening checks what it shows, and the run fails when any showed the wrong thing, a
 * submission was lost or a job did not end.
 */
final class ScreensUnderLoad {

    static final int SESSIONS = Integer.getInteger("bench.sessions", 50);
    /** Twice B1's time: a person opens a screen every few seconds, and the percentiles need openings. */
    static final int SECONDS = 2 * Integer.getInteger("bench.seconds", 60);
    /** A person reads a screen before opening the next: 5 to 15 s, 10 s on average. */
    static final int THINK_MILLIS = Integer.getInteger("bench.think-ms", 10_000);
    static final int SUBMISSIONS_PER_SECOND = Integer.getInteger("bench.rate", 200);
    /** Background jobs: asynchronous steps started per second, each run by the job executor. */
    static final int JOBS_PER_SECOND = 20;
    static final int INBOX_TASKS = 1_000;
    /** Openings of each screen alone, for the baseline. */
    static final int IDLE_RUNS = Integer.getInteger("bench.idle-runs", 10);
    static final String COMMUNE = "B007";
    static final String STAFF = "canbo.b007";
    static final String REVIEWER = "noivu.bx";
    static final String ASYNC_PROCESS = "benchB8Async";
    private static final Routes ROUTES = new Routes().autoDiscoverViews("vn.khaosat");

    enum Screen {
        INBOX("task inbox of a group with " + INBOX_TASKS + " open tasks"),
        PERIOD_REVIEW("period review (the commune's figures of the month)"),
        DISTRICT_DASHBOARD("district dashboard, " + ProvinceData.COMMUNES + " communes, 2023 year"),
        PUBLIC_RESULTS("public results page of a commune"),
        OPEN_DATA_API("open-data API, a district's " + ProvinceData.COMMUNES + " communes (HTTP, JSON)");

        final String measure;

        Screen(String measure) {
            this.measure = measure;
        }
    }

    /** The openings of one screen: server times in nanoseconds, and what went wrong. */
    static final class Samples {
        final ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
        final AtomicLong wrong = new AtomicLong();
        volatile String firstProblem;
        /** SQL statements per opening, where counted (alone only: the server's counter is global). */
        volatile double statements = Double.NaN;

        void problem(String what) {
            if (wrong.getAndIncrement() == 0) {
                firstProblem = what;
            }
        }

        double percentile(double p) {
            long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            return sorted.length == 0 ? Double.NaN : sorted[Math.min(sorted.length - 1, (int) (sorted.length * p))] / 1e6;
        }
    }

    private final ApplicationContext context;
    private final JdbcTemplate jdbc;
    private final ProcessEngine engine;
    private final UserDetailsService users;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private String reviewTask;
    private String kioskToken;

    ScreensUnderLoad(ApplicationContext context, int port) {
        this.context = context;
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.engine = context.getBean(ProcessEngine.class);
        this.users = context.getBean(UserDetailsService.class);
        this.base = "http://127.0.0.1:" + port;
    }

    /**
     * Commune B007 of the province data runs its 2024 campaign with a kiosk; its January work is open
     * and finalised, so the review task waits; its staff group has {@link #INBOX_TASKS} more tasks;
     * the district BX has a reviewer. The clock stops at Monday 15 January 2024, 10:00.
     */
    void prepare() {
        String hash = jdbc.queryForObject("SELECT password_hash FROM app_user WHERE username = 'canbo.tx'", String.class);
        user(STAFF, COMMUNE, "COMMUNE_STAFF", hash);
        user("chutich.b007", COMMUNE, "COMMUNE_LEADER", hash);
        user(REVIEWER, ProvinceData.DISTRICT, "DISTRICT_REVIEWER", hash);

        TestClock.set(2024, 1, 5, 9, 0);
        context.getBean(TestCampaigns.class).run(COMMUNE, "TT4-3M", Set.of(Channel.KIOSK));
        kioskToken = context.getBean(TestCampaigns.class).registerKiosk(COMMUNE, "Kiosk đo tải B8");
        TestClock.set(2024, 1, 15, 7, 0);
        var management = engine.getManagementService();
        String campaign = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey("campaign-2024-" + COMMUNE).singleResult().getId();
        management.executeJob(management.createJobQuery().processInstanceId(campaign).timers()
                .activityId(SurveyCampaignProcess.TIMER_WORK_OPENS).singleResult().getId());
        TestJobs.runDue(management, campaign);
        String cycle = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey("cycle-2024-01-" + COMMUNE).singleResult().getId();
        CycleService cycles = context.getBean(CycleService.class);
        Login.as(users, STAFF);
        String finalise = task(cycle);
        cycles.finalise(finalise, cycles.cycleOfTask(finalise).version());
        management.executeJob(management.createJobQuery().processInstanceId(cycle).messages().singleResult().getId());
        Login.out();
        reviewTask = task(cycle);
        if (!PublicationCycleProcess.TASK_REVIEW.equals(engine.getTaskService().createTaskQuery().taskId(reviewTask)
                .singleResult().getTaskDefinitionKey())) {
            throw new IllegalStateException("the cycle of " + COMMUNE + " is not at its review");
        }
        TestClock.set(2024, 1, 15, 10, 0);
        TestProcesses inbox = context.getBean(TestProcesses.class);
        ZonedDateTime due = ZonedDateTime.of(2024, 1, 18, 17, 0, 0, 0, AppTime.ZONE);
        for (int i = 0; i < INBOX_TASKS; i++) {
            inbox.startInboxTask(COMMUNE, due);
        }
        engine.getRepositoryService().createDeployment().name(ASYNC_PROCESS).addModelInstance(ASYNC_PROCESS + ".bpmn",
                Bpmn.createExecutableProcess(ASYNC_PROCESS).camundaHistoryTimeToLive(1).startEvent()
                        .serviceTask("Task_Async").camundaAsyncBefore().camundaExpression("${true}").endEvent().done())
                .deploy();
    }

    /** Removes the inbox tasks and background instances (the campaign goes with the next bench's clean-up). */
    void cleanUp() {
        context.getBean(TestProcesses.class).deleteAll();
        engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ASYNC_PROCESS).list()
                .forEach(pi -> engine.getRuntimeService().deleteProcessInstance(pi.getId(), "bench clean-up"));
    }

    /** One session opens each screen {@code runs} times, one after the other, nothing else running: the baseline. */
    Map<Screen, Samples> idle() throws Exception {
        int runs = IDLE_RUNS;
        Map<Screen, Samples> samples = samples();
        ExecutorService one = Executors.newSingleThreadExecutor();
        try {
            for (Screen screen : Screen.values()) {
                one.submit(() -> {
                    Session session = new Session(screen);
                    try {
                        // the first two warm the code up
                        session.open(new Samples());
                        session.open(new Samples());
                        long before = questions();
                        for (int i = 0; i < runs; i++) {
                            session.open(samples.get(screen));
                        }
                        samples.get(screen).statements = (double) (questions() - before - 1) / runs;
                    } finally {
                        session.close();
                    }
                    return null;
                }).get();
            }
        } finally {
            one.shutdown();
        }
        return samples;
    }

    /** The background: what it was asked to do and what it did. */
    record Background(long submitted, long accepted, long refused, double p99Millis, long jobsStarted, long jobsEnded,
            long incidents, long storedResponses) {
    }

    /**
     * {@link #SESSIONS} sessions (screens in turn among them), thinking between openings, for
     * {@link #SECONDS} after a warm-up of a quarter of that, while the background runs.
     */
    Map<Screen, Samples> loaded(Background[] background) throws Exception {
        Map<Screen, Samples> samples = samples();
        long storedBefore = storedResponses();
        JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        AtomicLong submitted = new AtomicLong();
        AtomicLong accepted = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        AtomicLong jobsStarted = new AtomicLong();
        ConcurrentLinkedQueue<Long> submissionNanos = new ConcurrentLinkedQueue<>();
        ScheduledExecutorService ticks = Executors.newScheduledThreadPool(2);
        ExecutorService kiosks = Executors.newFixedThreadPool(16);
        ExecutorService sessions = Executors.newFixedThreadPool(SESSIONS);
        executor.start();
        try {
            ticks.scheduleAtFixedRate(() -> kiosks.submit(() -> {
                submitted.incrementAndGet();
                long start = System.nanoTime();
                try {
                    if (submit()) {
                        accepted.incrementAndGet();
                        submissionNanos.add(System.nanoTime() - start);
                    } else {
                        refused.incrementAndGet();
                    }
                } catch (Exception e) {
                    refused.incrementAndGet();
                }
            }), 0, 1_000_000 / SUBMISSIONS_PER_SECOND, TimeUnit.MICROSECONDS);
            ticks.scheduleAtFixedRate(() -> {
                engine.getRuntimeService().startProcessInstanceByKey(ASYNC_PROCESS);
                jobsStarted.incrementAndGet();
            }, 0, 1_000 / JOBS_PER_SECOND, TimeUnit.MILLISECONDS);

            long warmUp = Math.max(1, SECONDS / 4) * 1_000_000_000L;
            long measureFrom = System.nanoTime() + warmUp;
            long until = measureFrom + SECONDS * 1_000_000_000L;
            List<Future<?>> running = new ArrayList<>();
            for (int s = 0; s < SESSIONS; s++) {
                Screen screen = Screen.values()[s % Screen.values().length];
                running.add(sessions.submit(() -> {
                    Session session = new Session(screen);
                    try {
                        Samples ignored = new Samples();
                        while (System.nanoTime() < until) {
                            Thread.sleep(ThreadLocalRandom.current().nextLong(THINK_MILLIS / 2, THINK_MILLIS * 3L / 2 + 1));
                            session.open(System.nanoTime() < measureFrom ? ignored : samples.get(screen));
                        }
                    } finally {
                        session.close();
                    }
                    return null;
                }));
            }
            for (Future<?> session : running) {
                session.get();
            }
        } finally {
            ticks.shutdown();
            ticks.awaitTermination(10, TimeUnit.SECONDS);
            kiosks.shutdown();
            kiosks.awaitTermination(60, TimeUnit.SECONDS);
            sessions.shutdownNow();
            // the stream of jobs stops with the ticks; the executor finishes what is left
            long deadline = System.currentTimeMillis() + 60_000;
            while (System.currentTimeMillis() < deadline && engine.getManagementService().createJobQuery()
                    .processDefinitionKey(ASYNC_PROCESS).count() > 0) {
                Thread.sleep(200);
            }
            executor.shutdown();
        }
        long[] sorted = submissionNanos.stream().mapToLong(Long::longValue).sorted().toArray();
        long ended = engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(ASYNC_PROCESS)
                .finished().count();
        background[0] = new Background(submitted.get(), accepted.get(), refused.get(),
                sorted.length == 0 ? Double.NaN : sorted[(int) (sorted.length * 0.99)] / 1e6, jobsStarted.get(), ended,
                engine.getRuntimeService().createIncidentQuery().count(), storedResponses() - storedBefore);
        return samples;
    }

    private static Map<Screen, Samples> samples() {
        Map<Screen, Samples> samples = new EnumMap<>(Screen.class);
        for (Screen screen : Screen.values()) {
            samples.put(screen, new Samples());
        }
        return samples;
    }

    /**
     * A person at a browser: a Vaadin session of its own (Karibu, in this thread) logged in as the
     * screen's user, or an HTTP client for the API.
     */
    private final class Session {

        private final Screen screen;

        Session(Screen screen) {
            this.screen = screen;
            if (screen != Screen.OPEN_DATA_API) {
                MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
                Login.as(users, screen == Screen.DISTRICT_DASHBOARD ? REVIEWER : STAFF);
            }
        }

        /** Opens the screen as from another one, timing the server's work; checks what it shows. */
        void open(Samples samples) {
            try {
                if (screen == Screen.OPEN_DATA_API) {
                    long start = System.nanoTime();
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base
                            + "/api/v1/results?district=" + ProvinceData.DISTRICT + "&year=2023&period=Y")).GET().build(),
                            HttpResponse.BodyHandlers.ofString());
                    samples.nanos.add(System.nanoTime() - start);
                    if (response.statusCode() != 200 || !response.body().contains("\"B099\"")) {
                        samples.problem("the API answered " + response.statusCode() + " without commune B099");
                    }
                    return;
                }
                UI ui = UI.getCurrent();
                ui.navigate(PasswordView.class);
                MockVaadin.clientRoundtrip();
                long start = System.nanoTime();
                ui.navigate(route());
                // the response's work: among it each grid's first rows, fetched and rendered
                MockVaadin.clientRoundtrip();
                samples.nanos.add(System.nanoTime() - start);
                long rows = 0;
                for (Grid<?> grid : _find(Grid.class)) {
                    rows += GridKt._size(grid);
                }
                check(samples, rows);
            } catch (Exception e) {
                samples.problem(e.toString());
            }
        }

        private String route() {
            return switch (screen) {
            case INBOX -> "";
            case PERIOD_REVIEW -> PublicationCycleProcess.REVIEW_ROUTE + "/" + reviewTask;
            case DISTRICT_DASHBOARD -> "district";
            case PUBLIC_RESULTS -> "cong-khai/" + COMMUNE;
            case OPEN_DATA_API -> throw new IllegalStateException("not a screen");
            };
        }

        private void check(Samples samples, long rows) {
            switch (screen) {
            case INBOX -> {
                if (_find(MyTasksView.class).size() != 1 || rows < INBOX_TASKS) {
                    samples.problem("the inbox showed " + rows + " tasks");
                }
            }
            case PERIOD_REVIEW -> {
                if (_find(CycleReviewView.class).size() != 1) {
                    samples.problem("the review task did not open");
                }
            }
            case DISTRICT_DASHBOARD -> {
                List<DistrictDashboardView> views = _find(DistrictDashboardView.class);
                int communes = views.size() == 1 ? DashboardProbe.dashboard(views.get(0)).rows().size() : -1;
                if (communes != ProvinceData.COMMUNES) {
                    samples.problem("the dashboard showed " + communes + " communes");
                }
            }
            case PUBLIC_RESULTS -> {
                List<PublicResultsView> views = _find(PublicResultsView.class);
                if (views.size() != 1 || PublicPageProbe.periods(views.get(0)) < 1) {
                    samples.problem("the public page did not offer the frozen periods");
                }
            }
            case OPEN_DATA_API -> {
            }
            }
        }

        void close() {
            if (screen != Screen.OPEN_DATA_API) {
                Login.out();
                MockVaadin.tearDown();
            }
        }
    }

    private boolean submit() throws Exception {
        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/responses"))
                .header("Content-Type", "application/json").header("X-Kiosk-Token", kioskToken)
                .POST(HttpRequest.BodyPublishers.ofString(IngestionBench.kioskSubmission())).build(), HttpResponse.BodyHandlers.discarding());
        return response.statusCode() == 201;
    }

    /** Statements the database server has run, all connections (this one counts itself once). */
    private long questions() {
        return jdbc.query("SHOW GLOBAL STATUS LIKE 'Questions'", rs -> {
            rs.next();
            return rs.getLong(2);
        });
    }

    private long storedResponses() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM survey_response WHERE commune_code = ? AND client_id IS NOT NULL",
                Long.class, COMMUNE);
    }

    private String task(String processInstanceId) {
        return engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).singleResult().getId();
    }

    private void user(String username, String unitCode, String role, String hash) {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE username = ?", Integer.class, username) > 0) {
            return;
        }
        long unit = jdbc.queryForObject("SELECT id FROM org_unit WHERE code = ?", Long.class, unitCode);
        jdbc.update("INSERT INTO app_user (username, full_name, password_hash, unit_id) VALUES (?, ?, ?, ?)", username,
                "Người dùng " + username, hash, unit);
        jdbc.update("INSERT INTO app_user_role (user_id, role) SELECT id, ? FROM app_user WHERE username = ?", role,
                username);
    }

    static String percentiles(Samples samples) {
        return "p50 " + BenchReport.number(samples.percentile(0.5)) + " ms, p95 " + BenchReport.number(
                samples.percentile(0.95)) + " ms, p99 " + BenchReport.number(samples.percentile(0.99)) + " ms ("
                + String.format("%,d", samples.nanos.size()) + " openings)";
    }

    static double median(Samples samples) {
        double[] ms = samples.nanos.stream().mapToDouble(n -> n / 1e6).sorted().toArray();
        return ms.length == 0 ? Double.NaN : ms[ms.length / 2];
    }

    static long wrong(Map<Screen, Samples> samples) {
        return Arrays.stream(Screen.values()).mapToLong(s -> samples.get(s).wrong.get()).sum();
    }
}
