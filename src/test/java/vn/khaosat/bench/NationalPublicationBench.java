package vn.khaosat.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.khaosat.SpringTest;
import vn.khaosat.TestCampaigns;
import vn.khaosat.TestClock;
import vn.khaosat.base.DbTime;
import vn.khaosat.base.ProcessVariable;
import vn.khaosat.base.ProcessVariables;
import vn.khaosat.cycle.PublicationCycleProcess;
import vn.khaosat.plan.CampaignService;
import vn.khaosat.plan.Channel;
import vn.khaosat.plan.RunningCampaign;
import vn.khaosat.reliability.AppNode;

/**
 * B9: the 28th of a whole country. 3,321 communes under 34 provinces (two-tier government since
 * 1 July 2025), each with its 2025 campaign, a quarter of kiosk ratings and its March cycle approved,
 * waiting at the publication timer (08:00 on 28 March 2025, a quarter's end: the month and the
 * quarter are published and the quarter's report to the province starts). Two application nodes of
 * the packaged configuration share the database, their clocks set to 07:59; the bench measures how
 * long after 08:00 every commune is published and its report started, and fails when any
 * publication, report or timer happened twice or not at all, or an incident was raised.
 */
@SpringTest
class NationalPublicationBench {

    static final int COMMUNES = Integer.getInteger("bench.national-communes", 3_321);
    static final int PROVINCES = 34;
    /** Kiosk ratings per commune and month of the quarter (a commune of ~10,000 people). */
    static final int RATINGS_PER_MONTH = Integer.getInteger("bench.national-ratings", 100);
    static final int YEAR = 2025;
    static final OffsetDateTime PUBLISH_AT = OffsetDateTime.parse("2025-03-28T08:00:00+07:00");
    /** {@code app.cycle.publication-grace} as the nodes run it (the packaged default). */
    static final Duration GRACE = Duration.ofMinutes(15);
    static final Duration GOAL = Duration.ofMinutes(5);

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestCampaigns campaigns;
    @Autowired
    CampaignService campaignService;
    @Value("${spring.datasource.url}")
    String url;

    final List<AppNode> nodes = new ArrayList<>();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @AfterEach
    void cleanUp() throws Exception {
        for (AppNode node : nodes) {
            node.stop();
        }
        ClockUtil.reset();
        campaigns.deleteAll();
    }

    record Sample(long millis, int published, int reports, int running, int threadsRunning, int connections) {
    }

    @Test
    void b9_the_28th_of_a_whole_country() throws Exception {
        // the tests' engine in this JVM must not take the publications: only the two nodes run jobs
        if (((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor().isActive()) {
            ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor().shutdown();
        }
        long setupStart = System.currentTimeMillis();
        TestClock.set(YEAR, 1, 5, 9, 0);
        campaigns.run("BD", "TT4-3M", Set.of(Channel.KIOSK));
        RunningCampaign bd = campaignService.runningCampaign("BD", YEAR).orElseThrow();
        ClockUtil.reset();
        createCountry(bd);
        long ratings = rate(bd);
        List<Map<String, Object>> cycles = approveCycles();
        long instancesStart = System.currentTimeMillis();
        startAtPublicationTimer(cycles);
        long instancesMillis = System.currentTimeMillis() - instancesStart;
        long setupMillis = System.currentTimeMillis() - setupStart;

        String clock = "--app.training-clock.start=" + PUBLISH_AT.minusMinutes(10);
        nodes.add(new AppNode("national-a", url, false, "--app.training-clock.enabled=true", clock,
                "--camunda.bpm.generic-properties.properties.hostname=node-a"));
        nodes.add(new AppNode("national-b", url, false, "--app.training-clock.enabled=true", clock,
                "--camunda.bpm.generic-properties.properties.hostname=node-b"));
        ExecutorService starting = Executors.newFixedThreadPool(2);
        List<Future<AppNode>> started = nodes.stream().map(n -> starting.submit(n::start)).toList();
        for (Future<AppNode> f : started) {
            f.get();
        }
        starting.shutdown();

        Map<String, Long> lockBefore = innodbCounters();
        long dbCpuBefore = Usage.databaseCpuMillis();
        long[] nodeCpuBefore = nodes.stream().mapToLong(AppNode::cpuMillis).toArray();
        // both clocks to one minute before eight; eight o'clock comes a minute later on the wall
        OffsetDateTime oneMinuteBefore = PUBLISH_AT.minusMinutes(1);
        for (AppNode node : nodes) {
            post(node, "/api/v1/training-clock", "{\"instant\":\"" + oneMinuteBefore + "\"}");
        }
        long eight = System.currentTimeMillis() + 60_000;
        List<Sample> samples = new ArrayList<>();
        long deadline = eight + 15 * 60_000;
        long allPublished = -1;
        long allDone = -1;
        long firstPublished = -1;
        while (System.currentTimeMillis() < deadline) {
            Sample sample = sample(eight);
            samples.add(sample);
            if (firstPublished < 0 && sample.published() > 0) {
                firstPublished = sample.millis();
            }
            if (allPublished < 0 && sample.published() == COMMUNES) {
                allPublished = sample.millis();
            }
            if (sample.published() == COMMUNES && sample.reports() == COMMUNES && sample.running() == 0) {
                allDone = sample.millis();
                break;
            }
            Thread.sleep(500);
        }
        long dbCpu = Usage.databaseCpuMillis() - dbCpuBefore;
        long[] nodeCpu = new long[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            nodeCpu[i] = nodes.get(i).cpuMillis() - nodeCpuBefore[i];
        }
        Map<String, Long> lockAfter = innodbCounters();
        for (AppNode node : nodes) {
            node.stop();
        }
        nodes.clear();

        Outcome outcome = outcome();
        String timeline = samples.stream().filter(s -> s.millis() >= 0 && s.millis() % 30_000 < 500)
                .map(s -> BenchReport.number(s.millis() / 1000.0) + " s: " + s.published() + " published, "
                        + s.reports() + " reports")
                .collect(Collectors.joining("; "));
        int maxRunning = samples.stream().mapToInt(Sample::threadsRunning).max().orElse(0);
        int maxConnections = samples.stream().mapToInt(Sample::connections).max().orElse(0);
        double seconds = (allDone < 0 ? deadline - eight : allDone) / 1000.0;

        BenchReport report = new BenchReport("B9 the 28th of a whole country (" + String.format("%,d", COMMUNES)
                + " communes, two nodes)");
        String measured = allPublished < 0 ? "not all published within 15 minutes (" + outcome.published() + " of "
                + COMMUNES + ")"
                : "all published " + BenchReport.number(allPublished / 1000.0) + " s after 08:00, every report started "
                        + BenchReport.number(seconds) + " s after (first publication at "
                        + BenchReport.number(firstPublished / 1000.0) + " s)";
        report.add("B9", String.format("%,d", COMMUNES) + " communes' approved March cycles (month and quarter, the "
                + "quarter's report to the province) at 08:00 on 28 March, two nodes of the packaged configuration "
                + "on one MariaDB", "all published < 5 min, each once, 0 incidents", measured,
                BenchReport.number(COMMUNES / seconds) + " communes/s through both nodes",
                allDone < 0 ? "—" : BenchReport.number(seconds / GOAL.toSeconds()) + "× the goal",
                outcome.summary() + (outcome.right() ? "; result checked" : "; WRONG"));
        report.note("B9 set-up: " + String.format("%,d", COMMUNES) + " communes under " + PROVINCES + " provinces, "
                + String.format("%,d", ratings) + " kiosk ratings of the quarter, the cycles started at the publication "
                + "timer in " + BenchReport.number(instancesMillis / 1000.0) + " s (" + BenchReport.number(setupMillis
                / 1000.0) + " s in all). During the drain: node CPU " + millis(nodeCpu[0]) + " and "
                + millis(nodeCpu[1]) + ", database server CPU " + millis(dbCpu) + ", of "
                + BenchReport.number(Runtime.getRuntime().availableProcessors() * seconds) + " s that "
                + Runtime.getRuntime().availableProcessors() + " CPUs offer; at most " + maxConnections
                + " connections open and " + maxRunning + " statements running at once (sampled every 0.5 s); row lock "
                + "waits " + (lockAfter.get("Innodb_row_lock_waits") - lockBefore.get("Innodb_row_lock_waits"))
                + " (" + (lockAfter.get("Innodb_row_lock_time") - lockBefore.get("Innodb_row_lock_time"))
                + " ms waited), deadlocks " + (lockAfter.get("Innodb_deadlocks") - lockBefore.get("Innodb_deadlocks"))
                + ". Progress: " + timeline + ".");
        report.write(jdbc);
        if (!outcome.right() || allDone < 0) {
            throw new AssertionError("B9's result is wrong" + (allDone < 0 ? ", not done within 15 minutes" : "") + ": "
                    + outcome.summary());
        }
    }

    record Outcome(int cycles, int published, int late, int lateByRule, int publications, int distinctPublications, int reports,
            int distinctReports, int reportProcesses, Map<String, Long> timersByNode, int timerRuns, int failedTries,
            int incidents) {

        boolean right() {
            // every cycle was approved the day before, so only one published after the grace is late
            return cycles == COMMUNES && published == COMMUNES && late == lateByRule && publications == 2 * COMMUNES
                    && distinctPublications == publications && reports == COMMUNES && distinctReports == COMMUNES
                    && reportProcesses == COMMUNES && timerRuns == COMMUNES && incidents == 0;
        }

        String summary() {
            return String.format("%,d of %,d cycles published (%,d marked late, %,d after the grace), %,d publications (%,d distinct), "
                    + "%,d reports (%,d distinct, %,d report processes), publication timers %s (%,d in all), failed job "
                    + "tries %,d, incidents %d", published, cycles, late, lateByRule, publications, distinctPublications, reports,
                    distinctReports, reportProcesses, timersByNode, timerRuns, failedTries, incidents);
        }
    }

    private Outcome outcome() {
        Map<String, Long> byNode = new LinkedHashMap<>();
        jdbc.query("SELECT HOSTNAME_, COUNT(*) FROM ACT_HI_JOB_LOG l JOIN ACT_HI_PROCINST p ON p.ID_ = l.PROCESS_INSTANCE_ID_ "
                + "WHERE l.ACT_ID_ = 'Timer_PublicationDate' AND l.JOB_STATE_ = 2 AND p.BUSINESS_KEY_ LIKE 'cycle-2025-03-N%' "
                + "GROUP BY HOSTNAME_ ORDER BY HOSTNAME_", rs -> {
                    byNode.put(rs.getString(1), rs.getLong(2));
                });
        return new Outcome(
                count("SELECT COUNT(*) FROM period_cycle WHERE commune_code LIKE 'N%' AND cycle_year = " + YEAR),
                publishedCycles(),
                count("SELECT COUNT(*) FROM period_cycle WHERE commune_code LIKE 'N%' AND cycle_year = " + YEAR
                        + " AND late"),
                jdbc.queryForObject("SELECT COUNT(*) FROM period_cycle WHERE commune_code LIKE 'N%' AND cycle_year = ? "
                        + "AND published_at > ?", Integer.class, YEAR, DbTime.utc(PUBLISH_AT.plus(GRACE).toInstant())),
                count("SELECT COUNT(*) FROM period_publication WHERE commune_code LIKE 'N%'"),
                count("SELECT COUNT(DISTINCT commune_code, period_code) FROM period_publication WHERE commune_code LIKE 'N%'"),
                reports(),
                count("SELECT COUNT(DISTINCT commune_code, period_code) FROM period_report WHERE commune_code LIKE 'N%'"),
                count("SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = 'DistrictReport' "
                        + "AND BUSINESS_KEY_ LIKE 'report-%-N%'"),
                byNode, (int) byNode.values().stream().mapToLong(Long::longValue).sum(),
                count("SELECT COUNT(*) FROM ACT_HI_JOB_LOG l JOIN ACT_HI_PROCINST p ON p.ID_ = l.PROCESS_INSTANCE_ID_ "
                        + "WHERE l.JOB_STATE_ = 1 AND p.BUSINESS_KEY_ LIKE 'cycle-2025-03-N%'"),
                count("SELECT COUNT(*) FROM ACT_RU_INCIDENT"));
    }

    private Sample sample(long eight) {
        Map<String, Long> status = new LinkedHashMap<>();
        jdbc.query("SHOW GLOBAL STATUS WHERE Variable_name IN ('Threads_running', 'Threads_connected')",
                rs -> {
                    status.put(rs.getString(1), rs.getLong(2));
                });
        return new Sample(System.currentTimeMillis() - eight,
                publishedCycles(),
                reports(),
                count("SELECT COUNT(*) FROM ACT_RU_EXECUTION WHERE BUSINESS_KEY_ LIKE 'cycle-2025-03-N%'"),
                status.getOrDefault("Threads_running", 0L).intValue(),
                status.getOrDefault("Threads_connected", 0L).intValue());
    }

    private int publishedCycles() {
        return count("SELECT COUNT(*) FROM period_cycle WHERE commune_code LIKE 'N%' AND cycle_year = " + YEAR
                + " AND status = 'PUBLISHED'");
    }

    private int reports() {
        return count("SELECT COUNT(*) FROM period_report WHERE commune_code LIKE 'N%'");
    }

    private Map<String, Long> innodbCounters() {
        Map<String, Long> counters = new LinkedHashMap<>();
        jdbc.query("SHOW GLOBAL STATUS WHERE Variable_name IN ('Innodb_row_lock_waits', 'Innodb_row_lock_time', "
                + "'Innodb_deadlocks')", rs -> {
                    counters.put(rs.getString(1), rs.getLong(2));
                });
        return counters;
    }

    /**
     * 34 provinces NP01… and the communes N0001… spread over them, each commune with a staff member
     * and a chairman, each province with a reviewer; each commune with its 2025 plan and campaign,
     * copies of BD's rows. Units and users stay for a later run.
     */
    private void createCountry(RunningCampaign bd) {
        for (int p = 1; p <= PROVINCES; p++) {
            jdbc.update("INSERT IGNORE INTO org_unit (code, name, unit_type, parent_id) VALUES (?, ?, 'TINH', NULL)",
                    "NP%02d".formatted(p), "Tỉnh đo tải %02d".formatted(p));
        }
        jdbc.update("INSERT IGNORE INTO org_unit (code, name, unit_type, parent_id) SELECT CONCAT('N', LPAD(s.seq, 4, '0')), "
                + "CONCAT('Xã đo tải ', LPAD(s.seq, 4, '0')), 'XA', p.id FROM seq_1_to_" + COMMUNES + " s JOIN org_unit p "
                + "ON p.code = CONCAT('NP', LPAD(1 + (s.seq - 1) % ?, 2, '0'))", PROVINCES);
        String password = jdbc.queryForObject("SELECT password_hash FROM app_user WHERE username = 'canbo.bd'",
                String.class);
        String units = "FROM org_unit u WHERE u.code LIKE 'N%' AND u.unit_type = ? AND NOT EXISTS (SELECT 1 FROM app_user "
                + "x WHERE x.username = CONCAT(?, LOWER(u.code)))";
        for (String[] person : new String[][] {{"canbo.", "XA", "COMMUNE_STAFF"}, {"chutich.", "XA", "COMMUNE_LEADER"},
            {"sonoivu.", "TINH", "DISTRICT_REVIEWER"}}) {
            jdbc.update("INSERT INTO app_user (username, full_name, password_hash, unit_id) SELECT CONCAT(?, LOWER(u.code)), "
                    + "CONCAT('Người đo tải ', u.code), ?, u.id " + units, person[0], password, person[1], person[0]);
            jdbc.update("INSERT IGNORE INTO app_user_role (user_id, role) SELECT id, ? FROM app_user WHERE username LIKE ?",
                    person[2], person[0] + "n%");
        }
        long plan = jdbc.queryForObject("SELECT plan_id FROM survey_campaign WHERE id = ?", Long.class, bd.id());
        copyForEachCommune("survey_plan", plan, Map.of("commune_code", "u.code", "plan_year", String.valueOf(YEAR),
                "process_instance_id", "''"), "");
        copyForEachCommune("survey_campaign", bd.id(), Map.of("commune_code", "u.code", "campaign_year",
                String.valueOf(YEAR), "plan_id", "p.id", "status", "'COMPLETED'", "process_instance_id", "''"),
                "JOIN survey_plan p ON p.commune_code = u.code AND p.plan_year = " + YEAR);
    }

    /** One copy of a row for each bench commune (u), with the columns given as SQL expressions. */
    private void copyForEachCommune(String table, long id, Map<String, String> expressions, String join) {
        List<String> columns = jdbc.queryForList("SELECT column_name FROM information_schema.columns WHERE "
                + "table_schema = DATABASE() AND table_name = ? AND column_name <> 'id' ORDER BY ordinal_position",
                String.class, table);
        String select = columns.stream().map(c -> expressions.getOrDefault(c, "s." + c)).collect(Collectors.joining(", "));
        jdbc.update("INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT " + select + " FROM " + table
                + " s JOIN org_unit u ON u.code LIKE 'N%' AND u.unit_type = 'XA' " + join + " WHERE s.id = ?", id);
    }

    /** The quarter's kiosk ratings of every commune (16/12/2024 to 15/03/2025), generated in the database. */
    private long rate(RunningCampaign bd) {
        long before = count("SELECT COALESCE(MAX(id), 0) FROM survey_response");
        int perCommune = 3 * RATINGS_PER_MONTH;
        jdbc.update("INSERT INTO survey_response (campaign_id, commune_code, field_id, channel, template_id, given_on, "
                + "counted_on, submitted_at) SELECT c.id, c.commune_code, ELT(1 + s.seq % 3, ?, ?, ?), 'KIOSK', ?, "
                + "DATE_ADD('2024-12-16', INTERVAL s.seq % 90 DAY), DATE_ADD('2024-12-16', INTERVAL s.seq % 90 DAY), "
                + "NOW() FROM seq_1_to_" + perCommune + " s JOIN survey_campaign c ON c.campaign_year = ? "
                + "AND c.commune_code LIKE 'N%'", bd.fields().get(0).id(), bd.fields().get(1 % bd.fields().size()).id(),
                bd.fields().get(2 % bd.fields().size()).id(), bd.template().id(), YEAR);
        long last = count("SELECT MAX(id) FROM survey_response");
        for (long from = before + 1; from <= last; from += 500_000) {
            jdbc.update("INSERT INTO response_answer (response_id, criterion_id, level) SELECT r.id, c.id, "
                    + "1 + (r.id + c.position) % 3 FROM survey_response r JOIN template_area ta ON ta.template_id = ? "
                    + "JOIN template_criterion c ON c.area_id = ta.id WHERE r.id BETWEEN ? AND ?", bd.template().id(),
                    from, Math.min(last, from + 499_999));
        }
        jdbc.execute("ANALYZE TABLE survey_response, response_answer");
        return count("SELECT COUNT(*) FROM survey_response WHERE commune_code LIKE 'N%'");
    }

    /** Every commune's March cycle, finalised, reviewed and approved as its staff and chairman would have. */
    private List<Map<String, Object>> approveCycles() {
        jdbc.update("INSERT INTO period_cycle (campaign_id, commune_code, cycle_year, publication_date, status, strengths, "
                + "difficulties, next_tasks, finalised_by, reviewed_by, approved_by, aggregated_at, approved_at) SELECT c.id, "
                + "c.commune_code, ?, ?, 'APPROVED', 'Cán bộ tận tình, đúng hẹn', 'Phòng chờ chật', 'Bố trí thêm ghế', "
                + "CONCAT('canbo.', LOWER(c.commune_code)), CONCAT('canbo.', LOWER(c.commune_code)), "
                + "CONCAT('chutich.', LOWER(c.commune_code)), ?, ? FROM survey_campaign c WHERE c.campaign_year = ? "
                + "AND c.commune_code LIKE 'N%'", YEAR, PUBLISH_AT.toLocalDate(),
                DbTime.utc(PUBLISH_AT.minusDays(10).toInstant()), DbTime.utc(PUBLISH_AT.minusDays(1).toInstant()), YEAR);
        return jdbc.queryForList("SELECT id, campaign_id, commune_code FROM period_cycle WHERE commune_code LIKE 'N%' "
                + "AND cycle_year = ? ORDER BY id", YEAR);
    }

    /** Each cycle's process, started where an approved cycle waits: at the timer of 08:00 on the 28th. */
    private void startAtPublicationTimer(List<Map<String, Object>> cycles) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> work = new ArrayList<>();
        int share = (cycles.size() + 1) / 2;
        for (int t = 0; t < 2; t++) {
            List<Map<String, Object>> mine = cycles.subList(Math.min(cycles.size(), t * share),
                    Math.min(cycles.size(), (t + 1) * share));
            work.add(pool.submit(() -> {
                List<Object[]> ids = new ArrayList<>();
                for (Map<String, Object> cycle : mine) {
                    String commune = (String) cycle.get("commune_code");
                    String instance = engine.getRuntimeService().createProcessInstanceByKey(PublicationCycleProcess.KEY)
                            .businessKey("cycle-2025-03-" + commune)
                            .setVariables(ProcessVariable.values(
                                    PublicationCycleProcess.CYCLE_ID.is(((Number) cycle.get("id")).longValue()),
                                    PublicationCycleProcess.CAMPAIGN_ID.is(((Number) cycle.get("campaign_id")).longValue()),
                                    ProcessVariables.COMMUNE_CODE.is(commune),
                                    PublicationCycleProcess.PUBLISH_AT.is(PUBLISH_AT.toInstant())))
                            .startBeforeActivity("Timer_PublicationDate").execute().getId();
                    ids.add(new Object[] {instance, cycle.get("id")});
                }
                jdbc.batchUpdate("UPDATE period_cycle SET process_instance_id = ? WHERE id = ?", ids);
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
    }

    private void post(AppNode node, String path, String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(node.uri(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:demo1234"
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("POST " + path + ": " + response.statusCode() + " " + response.body());
        }
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Long.class).intValue();
    }

    private static String millis(long millis) {
        return millis < 0 ? "unknown" : BenchReport.number(millis / 1000.0) + " s";
    }
}
