package vn.khaosat.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.khaosat.SpringTest;
import vn.khaosat.reliability.AppNode;

/**
 * B5: 10,000 timers fell due while the application was down. A node of the packaged
 * configuration (its own JVM, the job executor as application.yml tunes it) starts on that
 * database; the clock is the real one. Each timer must fire once, and all within 60 s.
 */
@SpringTest
class TimerCatchupBench {

    static final int TIMERS = Integer.getInteger("bench.timers", 10_000);
    static final String KEY = "benchTimerCatchup";

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${spring.datasource.url}")
    String url;

    AppNode node;

    @AfterEach
    void cleanUp() throws Exception {
        ClockUtil.reset();
        if (node != null) {
            node.stop();
        }
    }

    record Drain(long overdue, long creatingMillis, long fromReadyMillis, long fromLaunchMillis, long fired, long ended,
            long left, long incidents, long failedTries) {
    }

    @Test
    void b5_timer_catch_up() throws Exception {
        engine.getRepositoryService().createDeployment().name(KEY).addModelInstance(KEY + ".bpmn",
                Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(1).startEvent()
                        .intermediateCatchEvent("Timer_Wait").timerWithDuration("PT1H")
                        .endEvent("End_Fired").done())
                .deploy();
        // the same backlog for a node with Camunda's own job executor settings is the baseline; the
        // two take turns, twice, so neither profits from caches the other warmed
        String[] defaultSettings = {"--camunda.bpm.job-execution.core-pool-size=3",
                "--camunda.bpm.job-execution.max-pool-size=10", "--camunda.bpm.job-execution.queue-capacity=3",
                "--camunda.bpm.job-execution.max-jobs-per-acquisition=3",
                "--camunda.bpm.job-execution.backoff-time-in-millis=0",
                "--camunda.bpm.generic-properties.properties.jobExecutorPreferTimerJobs=false",
                "--camunda.bpm.generic-properties.properties.jobExecutorAcquireByDueDate=false"};
        List<Drain> tunedRuns = new ArrayList<>();
        List<Drain> defaultRuns = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            tunedRuns.add(drain("timer-catchup"));
            defaultRuns.add(drain("timer-catchup-defaults", defaultSettings));
        }
        Drain tuned = tunedRuns.stream().min(java.util.Comparator.comparingLong(Drain::fromReadyMillis)).orElseThrow();
        Drain defaults = defaultRuns.stream().min(java.util.Comparator.comparingLong(Drain::fromReadyMillis))
                .orElseThrow();
        String index = jdbc.queryForList("SHOW INDEX FROM ACT_RU_JOB WHERE Column_name = 'DUEDATE_'").isEmpty() ? "absent"
                : "present";

        BenchReport report = new BenchReport("B5 timer catch-up");
        report.add("B5", String.format("%,d", tuned.overdue()) + " overdue timer jobs, a node starting on them (job "
                + "executor as in application.yml)", "drained < 60 s, each once",
                BenchReport.number(tuned.fromReadyMillis() / 1000.0) + " s after the node answered ("
                        + BenchReport.number(tuned.fromLaunchMillis() / 1000.0) + " s after its start; runs "
                        + seconds(tunedRuns) + ")",
                BenchReport.number(defaults.fromReadyMillis() / 1000.0) + " s with Camunda's default job executor (runs "
                        + seconds(defaultRuns) + ")",
                BenchReport.number((double) tuned.fromReadyMillis() / defaults.fromReadyMillis()) + "×",
                "tuned, both runs: " + outcome(tunedRuns) + "; index on DUEDATE_ " + index + "; defaults, both runs: "
                        + outcome(defaultRuns));
        report.note("Best of two runs each, the two settings taking turns. Each backlog of " + String.format("%,d", TIMERS) + " instances was started in about "
                + BenchReport.number(tuned.creatingMillis() / 1000.0) + " s with the tests' job executor off and the "
                + "clock a day back.");
        report.write(jdbc);
    }

    private static String seconds(List<Drain> runs) {
        return runs.stream().map(d -> BenchReport.number(d.fromReadyMillis() / 1000.0) + " s")
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private static String outcome(List<Drain> runs) {
        return String.format("%,d", runs.stream().mapToLong(Drain::overdue).sum()) + " overdue, "
                + String.format("%,d", runs.stream().mapToLong(Drain::fired).sum()) + " timers fired, "
                + String.format("%,d", runs.stream().mapToLong(Drain::ended).sum()) + " instances ended, "
                + runs.stream().mapToLong(Drain::left).sum() + " jobs left, "
                + runs.stream().mapToLong(Drain::incidents).sum() + " incidents, "
                + runs.stream().mapToLong(Drain::failedTries).sum() + " failed tries";
    }

    /** Starts TIMERS instances a day back (all overdue now), then a node on them; counts only this backlog. */
    private Drain drain(String name, String... nodeArguments) throws Exception {
        long firedBefore = fired("Timer_Wait");
        long endedBefore = fired("End_Fired");
        long failedBefore = failedTries();
        ClockUtil.setCurrentTime(Date.from(Instant.now().minusSeconds(24 * 3600)));
        long creating = System.currentTimeMillis();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> started = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int share = TIMERS / 4 + (t < TIMERS % 4 ? 1 : 0);
            started.add(pool.submit(() -> {
                for (int i = 0; i < share; i++) {
                    engine.getRuntimeService().startProcessInstanceByKey(KEY);
                }
                return null;
            }));
        }
        for (Future<?> f : started) {
            f.get();
        }
        pool.shutdown();
        creating = System.currentTimeMillis() - creating;
        ClockUtil.reset();
        long overdue = engine.getManagementService().createJobQuery().processDefinitionKey(KEY).timers()
                .duedateLowerThan(new Date()).count();

        long launch = System.currentTimeMillis();
        node = new AppNode(name, url, false, nodeArguments).start();
        long ready = System.currentTimeMillis();
        long deadline = ready + 600_000;
        while (System.currentTimeMillis() < deadline
                && engine.getManagementService().createJobQuery().processDefinitionKey(KEY).count() > 0) {
            Thread.sleep(200);
        }
        long drained = System.currentTimeMillis();
        node.stop();
        node = null;
        return new Drain(overdue, creating, drained - ready, drained - launch, fired("Timer_Wait") - firedBefore,
                fired("End_Fired") - endedBefore, engine.getManagementService().createJobQuery().processDefinitionKey(KEY)
                        .count(), engine.getRuntimeService().createIncidentQuery().processDefinitionKeyIn(KEY).count(),
                failedTries() - failedBefore);
    }

    private long fired(String activityId) {
        return engine.getHistoryService().createHistoricActivityInstanceQuery().activityId(activityId).finished().count();
    }

    private long failedTries() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE PROCESS_DEF_KEY_ = ? "
                + "AND JOB_EXCEPTION_MSG_ IS NOT NULL", Long.class, KEY);
    }
}
