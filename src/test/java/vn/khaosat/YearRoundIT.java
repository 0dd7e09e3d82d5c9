package vn.khaosat;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.khaosat.base.AppTime;
import vn.khaosat.base.ProcessVariables;
import vn.khaosat.collection.CollectionService;
import vn.khaosat.collection.KioskService;
import vn.khaosat.collection.PaperService;
import vn.khaosat.collection.Submission;
import vn.khaosat.cycle.CycleService;
import vn.khaosat.cycle.Narrative;
import vn.khaosat.cycle.PeriodResults;
import vn.khaosat.cycle.PublicationService;
import vn.khaosat.plan.Channel;
import vn.khaosat.plan.PlanContent;
import vn.khaosat.plan.PlanService;
import vn.khaosat.plan.PlanView;
import vn.khaosat.plan.PublicationCalendar;
import vn.khaosat.report.ReportService;

/**
 * A year that proves it (W2): the three demo communes, driven by the engine clock from 01/01/2026 to
 * 20/01/2027, rate every day on every channel (kiosk, online form, API, paper typed in days later),
 * and staff, leaders and the district work their tasks with random delays and returns. Bình Dương
 * issues its 2027 plan on 10/12, Tây Xuân on 12/01 (after the year end), Tây Phú never. Afterwards
 * every count is exact: publications, reminders, escalations, responses.
 */
@SpringTest
class YearRoundIT {

    static final List<String> COMMUNES = List.of("TX", "BD", "TP");
    static final Set<String> FIELDS = Set.of("TP-HT", "VHXH", "DC-XD-MT");
    static final Set<Channel> CHANNELS = Set.of(Channel.KIOSK, Channel.ONLINE, Channel.PAPER);
    static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 3);
    static final LocalDate LAST_DAY = LocalDate.of(2027, 1, 20);
    static final int FORMS_PER_FIELD = 400;
    static final List<String> ESCALATIONS = List.of("Timer_FinaliseOverdue", "Timer_ReviewOverdue", "Timer_ApprovalDue",
            "Timer_PrepareOverdue", "Timer_SignOverdue", "Timer_NextYearPlanOverdue");
    static final List<String> REMINDERS = List.of("Timer_FinaliseReminder", "Timer_ReviewReminder",
            "Timer_PrepareReminder", "Timer_WeeklyReminder");

    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;
    @Autowired
    TestCampaigns campaigns;
    @Autowired
    PlanService plans;
    @Autowired
    CycleService cycles;
    @Autowired
    ReportService reports;
    @Autowired
    CollectionService collection;
    @Autowired
    PaperService paper;
    @Autowired
    KioskService kiosks;
    @Autowired
    PublicationService publications;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    final Random random = new Random(2026);
    final HttpClient http = HttpClient.newHttpClient();
    final Map<String, KioskService.KioskIdentity> kioskOf = new HashMap<>();
    final Map<String, Long> fieldIds = new HashMap<>();
    /** Next paper serial per commune and field (2026 forms: one batch of FORMS_PER_FIELD per field). */
    final Map<String, Integer> nextSerial = new HashMap<>();
    final Map<String, Integer> firstSerial = new HashMap<>();
    /** Paper forms collected, typed in on a later day: day to type → forms. */
    final Map<LocalDate, List<PaperForm>> toType = new TreeMap<>();
    /** When each open task will be worked on (its user's delay). */
    final Map<String, LocalDate> actOn = new HashMap<>();
    /** Submissions made, per commune and per commune and day given. */
    final Map<String, Integer> submitted = new HashMap<>();
    final Map<String, Integer> submittedOn = new HashMap<>();
    int clientIds;
    int returns;
    /** Process instances of earlier tests (same database): the history this test reads is its own. */
    Set<String> earlier;

    record PaperForm(String commune, String field, LocalDate givenOn, String serial, String digits) {
    }

    @AfterEach
    void cleanUp() {
        campaigns.deleteAll();
        jdbc.update("DELETE FROM report_event");
        jdbc.update("DELETE FROM report_version");
        ClockUtil.reset();
        Login.out();
    }

    @Test
    void a_year_of_three_communes_publishes_once_escalates_once_and_counts_every_response_once() throws Exception {
        campaigns.deleteAll();
        earlier = history.createHistoricProcessInstanceQuery().list().stream().map(pi -> pi.getId())
                .collect(Collectors.toSet());
        TestClock.set(2026, 1, 2, 9, 0);
        for (String commune : COMMUNES) {
            campaigns.run(commune, "TT4-3M", CHANNELS, FIELDS);
            kioskOf.put(commune, kiosks.authenticate(campaigns.registerKiosk(commune, "Quầy 1")).orElseThrow());
            Login.as(users, "canbo." + commune.toLowerCase());
            for (String field : FIELDS.stream().sorted().toList()) {
                long id = jdbc.queryForObject("SELECT id FROM service_field WHERE code = ?", Long.class, field);
                fieldIds.put(field, id);
                paper.issue(id, FORMS_PER_FIELD);
                int first = jdbc.queryForObject("SELECT MAX(first_number) FROM paper_form_batch WHERE commune_code = ?",
                        Integer.class, commune);
                firstSerial.put(commune + field, first);
                nextSerial.put(commune + field, first);
            }
            Login.out();
        }
        runDueJobs();

        for (LocalDate day = FIRST_DAY; !day.isAfter(LAST_DAY); day = day.plusDays(1)) {
            at(day, 7, 0);
            at(day, 8, 0);
            at(day, 9, 0);
            rate(day);
            typePaper(day);
            planNextYear(day);
            work(day);
            runDueJobs();
            work(day);
            at(day, 17, 0);
        }

        assertPublishedOnceAndAddingUp();
        assertRemindersAndEscalationsOnce();
        assertNothingLeftWithoutOwnerOrEnd();
        assertEveryResponseCountedOnce();
        assertThat(returns).as("returns at review steps happened").isGreaterThan(5);
        System.out.printf("year round: %d responses (kiosk %d, online and API %d, paper %d), %d returns, "
                + "%d reminders and %d escalations each fired once; 36 cycles published, %d of 12 reports approved%n",
                submitted.values().stream().mapToInt(Integer::intValue).sum(),
                count("KIOSK"), count("ONLINE"), count("PAPER"), returns,
                mine(history.createHistoricJobLogQuery().successLog().list()).stream()
                        .filter(log -> REMINDERS.contains(log.getActivityId())).count(),
                mine(history.createHistoricJobLogQuery().successLog().list()).stream()
                        .filter(log -> ESCALATIONS.contains(log.getActivityId())).count(),
                jdbc.queryForObject("SELECT COUNT(*) FROM period_report WHERE status = 'APPROVED'", Integer.class));
    }

    private List<HistoricJobLog> mine(List<HistoricJobLog> logs) {
        return logs.stream().filter(log -> log.getProcessInstanceId() != null && !earlier.contains(log.getProcessInstanceId()))
                .toList();
    }

    private int count(String channel) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM survey_response WHERE channel = ?", Integer.class, channel);
    }

    // ---- the year

    private void at(LocalDate day, int hour, int minute) {
        TestClock.set(day.atTime(hour, minute).atZone(AppTime.ZONE));
        runDueJobs();
    }

    /** One to three responses per commune and day, each on a random channel. */
    private void rate(LocalDate day) throws Exception {
        for (String commune : COMMUNES) {
            int n = 1 + random.nextInt(3);
            for (int i = 0; i < n; i++) {
                String field = FIELDS.stream().sorted().toList().get(random.nextInt(FIELDS.size()));
                List<Submission.Answer> answers = new ArrayList<>();
                StringBuilder digits = new StringBuilder();
                for (int c = 1; c <= 4; c++) {
                    int level = random.nextInt(10) == 0 ? 3 : 1 + random.nextInt(2);
                    answers.add(new Submission.Answer(c, level));
                    digits.append(level);
                }
                switch (random.nextInt(4)) {
                case 0 -> {
                    collection.submitAtKiosk(new Submission(commune, field, Channel.KIOSK, null, answers, null, null,
                            null, null, clientId()), kioskOf.get(commune), "10.0.0.1");
                    count(commune, day);
                }
                case 1 -> {
                    collection.submitOnline(new Submission(commune, field, Channel.ONLINE, null, answers, null, null,
                            null, null, clientId()), "10.0.0.2");
                    count(commune, day);
                }
                case 2 -> {
                    String json = """
                            {"communeCode":"%s","fieldCode":"%s","channel":"ONLINE","clientId":"%s","answers":[%s]}
                            """.formatted(commune, field, clientId(), answers.stream()
                            .map(a -> "{\"criterion\":%d,\"level\":%d}".formatted(a.criterion(), a.level()))
                            .collect(Collectors.joining(",")));
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/api/v1/responses"))
                            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json))
                            .build(), HttpResponse.BodyHandlers.ofString());
                    assertThat(response.statusCode()).as(day + " API " + response.body()).isEqualTo(201);
                    count(commune, day);
                }
                default -> {
                    // a paper form filled in today, typed in today or up to six days later
                    int serial = nextSerial.merge(commune + field, 1, Integer::sum) - 1;
                    assertThat(serial).isLessThan(firstSerial.get(commune + field) + FORMS_PER_FIELD);
                    toType.computeIfAbsent(day.plusDays(random.nextInt(7)), d -> new ArrayList<>())
                            .add(new PaperForm(commune, field, day, "%s-2026-%05d".formatted(commune, serial),
                                    digits.toString()));
                }
                }
            }
        }
    }

    private void typePaper(LocalDate day) {
        for (PaperForm form : toType.getOrDefault(day, List.of())) {
            Login.as(users, "canbo." + form.commune().toLowerCase());
            paper.enter(fieldIds.get(form.field()), form.givenOn(), form.serial(), form.digits());
            count(form.commune(), form.givenOn());
        }
        Login.out();
    }

    /** Bình Dương plans 2027 before the cut-off, Tây Xuân after the year end, Tây Phú never. */
    private void planNextYear(LocalDate day) {
        if (day.equals(LocalDate.of(2026, 12, 10))) {
            issue("BD", 2027, "21/KH-UBND", day);
        }
        if (day.equals(LocalDate.of(2027, 1, 12))) {
            issue("TX", 2027, "05/KH-UBND", day);
        }
    }

    private void issue(String commune, int year, String number, LocalDate day) {
        String suffix = commune.toLowerCase();
        Login.as(users, "canbo." + suffix);
        String draft = plans.startDraft(year);
        PlanView plan = plans.planOfTask(draft);
        PlanContent c = plan.content();
        plans.submit(draft, plan.version(), new PlanContent(number, day, c.placeName(), c.legalBasis(), c.purposes(), c.requirements(),
                c.templateId(), plan.fields().stream().map(f -> f.id()).collect(Collectors.toSet()), c.channels(),
                c.coverageTarget(), c.cutOffDay(), c.reportedPeriods(), c.recipients(), c.signerName(), c.signerTitle()));
        Login.as(users, "chutich." + suffix);
        Task approve = tasks.createTaskQuery().processInstanceBusinessKey("plan-" + year + "-" + commune).singleResult();
        plans.approve(approve.getId(), plans.planOfTask(approve.getId()).version());
        Login.out();
        runDueJobs();
    }

    /** Every open task whose day has come is worked on by its group, with returns now and then. */
    private void work(LocalDate day) {
        for (int pass = 0; pass < 3; pass++) {
            boolean acted = false;
            for (Task task : tasks.createTaskQuery().active().list()) {
                LocalDate when = actOn.computeIfAbsent(task.getId(), id -> day.plusDays(delay(task.getTaskDefinitionKey())));
                if (when.isAfter(day)) {
                    continue;
                }
                act(task);
                acted = true;
            }
            runDueJobs();
            if (!acted) {
                return;
            }
        }
    }

    private int delay(String taskKey) {
        return switch (taskKey) {
        case "Task_FinaliseData", "Task_PrepareReport", "Task_ReviewReport" -> random.nextInt(8);
        case "Task_ReviewResults", "Task_ApprovePublication", "Task_SignAndSubmit", "Task_ReviseReport" -> random.nextInt(4);
        case "Task_PlanNextYear" -> 1000; // answered by issuing the plan (planNextYear), or never
        default -> 0;
        };
    }

    private void act(Task task) {
        String commune = ProcessVariables.COMMUNE_CODE.fromExecution(runtime, task.getExecutionId()).orElseThrow();
        String staff = "canbo." + commune.toLowerCase();
        String leader = "chutich." + commune.toLowerCase();
        String id = task.getId();
        Narrative narrative = new Narrative("Cán bộ tận tình", "Phòng chờ chật", "Bố trí thêm ghế");
        switch (task.getTaskDefinitionKey()) {
        case "Task_FinaliseData" -> {
            Login.as(users, staff);
            cycles.finalise(id, cycles.cycleOfTask(id).version());
        }
        case "Task_AcknowledgeCoverage" -> {
            Login.as(users, leader);
            cycles.acknowledgeCoverage(id, cycles.cycleOfTask(id).version(), "Ít hồ sơ trong tháng");
        }
        case "Task_ReviewResults" -> {
            Login.as(users, staff);
            cycles.submitReview(id, cycles.cycleOfTask(id).version(), narrative);
        }
        case "Task_ApprovePublication" -> {
            Login.as(users, leader);
            if (random.nextInt(4) == 0) {
                cycles.returnForReview(id, cycles.cycleOfTask(id).version(), "Bổ sung nhận xét");
                returns++;
            } else {
                cycles.approve(id, cycles.cycleOfTask(id).version());
            }
        }
        case "Task_PrepareReport" -> {
            Login.as(users, staff);
            reports.prepare(id, reports.reportOfTask(id).version(), narrative);
        }
        case "Task_SignAndSubmit" -> {
            Login.as(users, leader);
            reports.signAndSubmit(id, reports.reportOfTask(id).version());
        }
        case "Task_ReviewReport" -> {
            Login.as(users, "noivu.ts");
            if (random.nextInt(4) == 0) {
                reports.returnReport(id, reports.reportOfTask(id).version(), "Bổ sung nguyên nhân");
                returns++;
            } else {
                reports.approve(id, reports.reportOfTask(id).version());
            }
        }
        case "Task_ReviseReport" -> {
            Login.as(users, staff);
            reports.revise(id, reports.reportOfTask(id).version(), narrative);
        }
        default -> throw new AssertionError("a task the year does not expect: " + task.getTaskDefinitionKey());
        }
        Login.out();
    }

    private void runDueJobs() {
        TestJobs.runDue(management, null);
    }

    private String clientId() {
        return "year-round-%06d".formatted(++clientIds);
    }

    private void count(String commune, LocalDate givenOn) {
        submitted.merge(commune, 1, Integer::sum);
        submittedOn.merge(commune + givenOn, 1, Integer::sum);
    }

    // ---- what must hold afterwards

    private void assertPublishedOnceAndAddingUp() {
        List<String> codes = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            codes.add("2026-%02d".formatted(month));
        }
        codes.addAll(List.of("2026-Q1", "2026-H1", "2026-Q3", "2026-Y"));
        for (String commune : COMMUNES) {
            assertThat(jdbc.queryForList("SELECT period_code FROM period_publication WHERE commune_code = ? "
                    + "ORDER BY period_code", String.class, commune)).as(commune + " publications")
                    .containsExactlyInAnyOrderElementsOf(codes);
            // months add up to the quarter, the first six months, quarter III and the year, field by field and level by level
            assertSum(commune, "2026-Q1", 1, 3);
            assertSum(commune, "2026-H1", 1, 6);
            assertSum(commune, "2026-Q3", 7, 9);
            assertSum(commune, "2026-Y", 1, 12);
        }
        // each publication timer ran once: one publication per cycle, none published twice
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM period_cycle WHERE status = 'PUBLISHED'", Integer.class))
                .isEqualTo(36);
        assertThat(mine(history.createHistoricJobLogQuery().successLog().activityIdIn("Timer_PublicationDate").list()))
                .hasSize(36);
        // each reported period (Q1, H1, Q3, year) of each commune started one report, and one process
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM period_report", Integer.class)).isEqualTo(12);
        assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("DistrictReport").list().stream()
                .filter(pi -> !earlier.contains(pi.getId()))).hasSize(12);
    }

    private void assertSum(String commune, String periodCode, int fromMonth, int toMonth) {
        PeriodResults total = publications.published(commune, periodCode).orElseThrow().results();
        Map<String, Integer> months = new HashMap<>();
        int responses = 0;
        for (int month = fromMonth; month <= toMonth; month++) {
            PeriodResults m = publications.published(commune, "2026-%02d".formatted(month)).orElseThrow().results();
            responses += m.responses();
            tally(m).forEach((k, v) -> months.merge(k, v, Integer::sum));
        }
        assertThat(total.responses()).as(commune + " " + periodCode).isEqualTo(responses);
        assertThat(tally(total)).as(commune + " " + periodCode + " levels").isEqualTo(months);
    }

    /** field / criterion / level → answers. */
    private static Map<String, Integer> tally(PeriodResults results) {
        Map<String, Integer> tally = new HashMap<>();
        for (PeriodResults.FieldResult field : results.fields()) {
            tally.merge(field.fieldCode(), field.responses(), Integer::sum);
            for (PeriodResults.AreaResult area : field.areas()) {
                for (PeriodResults.CriterionResult criterion : area.criteria()) {
                    for (int level = 0; level < criterion.levelCounts().size(); level++) {
                        tally.merge(field.fieldCode() + "/" + criterion.position() + "/" + level,
                                criterion.levelCounts().get(level), Integer::sum);
                    }
                }
            }
        }
        return tally;
    }

    private void assertRemindersAndEscalationsOnce() {
        List<HistoricJobLog> fired = mine(history.createHistoricJobLogQuery().successLog().list()).stream()
                .filter(log -> ESCALATIONS.contains(log.getActivityId()) || REMINDERS.contains(log.getActivityId()))
                .toList();
        // at most once per task instance (its scope execution) and due date
        Map<String, Long> perDue = fired.stream().collect(Collectors.groupingBy(
                log -> log.getProcessInstanceId() + " " + log.getActivityId() + " " + log.getJobDueDate().getTime(),
                Collectors.counting()));
        assertThat(perDue.values()).as("fired twice for one due date").allMatch(n -> n == 1);
        Map<String, Long> perTaskInstance = fired.stream().filter(log -> !log.getActivityId().equals("Timer_WeeklyReminder"))
                .collect(Collectors.groupingBy(log -> log.getExecutionId() + " " + log.getActivityId(), Collectors.counting()));
        assertThat(perTaskInstance.values()).as("fired twice for one task instance").allMatch(n -> n == 1);
        // each firing sent one alert, and no alert came from elsewhere
        long escalations = fired.stream().filter(log -> ESCALATIONS.contains(log.getActivityId())).count();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM alert WHERE message_key IN ('alert.cycle.finaliseOverdue', "
                + "'alert.cycle.reviewOverdue', 'alert.cycle.approvalOverdue', 'alert.report.overdue', "
                + "'alert.report.reviewOverdue', 'alert.plan.nextYearOverdue')", Long.class)).isEqualTo(escalations);
        assertThat(escalations).isGreaterThan(0);
        // next year's plan: asked on 1/11, reminded every 7 days until the plan was drafted, the leader alerted on 1/12
        assertThat(alerts("commune:BD:staff", "alert.plan.nextYearReminder")).isEqualTo(5);   // 8/11 … 6/12
        assertThat(alerts("commune:TX:staff", "alert.plan.nextYearReminder")).isEqualTo(10);  // 8/11 … 10/1
        assertThat(alerts("commune:TP:staff", "alert.plan.nextYearReminder")).isEqualTo(11);  // 8/11 … 17/1
        for (String commune : COMMUNES) {
            assertThat(alerts("commune:" + commune + ":leader", "alert.plan.nextYearOverdue")).isEqualTo(1);
        }
    }

    private int alerts(String recipient, String key) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM alert WHERE recipient = ? AND message_key = ?", Integer.class,
                recipient, key);
    }

    private void assertNothingLeftWithoutOwnerOrEnd() {
        assertThat(runtime.createIncidentQuery().count()).isZero();
        for (Task task : tasks.createTaskQuery().active().list()) {
            boolean owned = task.getAssignee() != null || tasks.getIdentityLinksForTask(task.getId()).stream()
                    .anyMatch(link -> link.getGroupId() != null);
            assertThat(owned).as(task.getTaskDefinitionKey() + " has an owner").isTrue();
        }
        for (ProcessInstance instance : runtime.createProcessInstanceQuery().active().list()) {
            long waitsOn = tasks.createTaskQuery().processInstanceId(instance.getId()).count()
                    + management.createJobQuery().processInstanceId(instance.getId()).count()
                    + runtime.createEventSubscriptionQuery().processInstanceId(instance.getId()).count();
            assertThat(waitsOn).as(instance.getBusinessKey() + " waits on something").isPositive();
        }
        // what is still open on 20/01/2027: January's cycles of the communes with a 2027 plan, Tây Phú's request
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("PublicationCycle").list())
                .extracting(ProcessInstance::getBusinessKey).containsExactlyInAnyOrder("cycle-2027-01-TX", "cycle-2027-01-BD");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("NextYearPlan").list())
                .extracting(ProcessInstance::getBusinessKey).containsExactly("next-plan-2027-TP");
    }

    private void assertEveryResponseCountedOnce() {
        LocalDate januaryOpens = PublicationCalendar.firstWindowDay(2027, 14);
        for (String commune : COMMUNES) {
            int stored = jdbc.queryForObject("SELECT COUNT(*) FROM survey_response WHERE commune_code = ?", Integer.class,
                    commune);
            assertThat(stored).as(commune + " stored").isEqualTo(submitted.get(commune));
            // the twelve published months of 2026, then what counts in 2027's windows (not published yet)
            int published = 0;
            for (int month = 1; month <= 12; month++) {
                String code = "2026-%02d".formatted(month);
                PeriodResults m = publications.published(commune, code).orElseThrow().results();
                int inWindow = jdbc.queryForObject("SELECT COUNT(*) FROM survey_response WHERE commune_code = ? "
                        + "AND counted_on BETWEEN ? AND ?", Integer.class, commune, m.from(), m.to());
                assertThat(m.responses()).as(commune + " " + code).isEqualTo(inWindow);
                published += m.responses();
            }
            int open = jdbc.queryForObject("SELECT COUNT(*) FROM survey_response WHERE commune_code = ? AND counted_on >= ?",
                    Integer.class, commune, januaryOpens);
            assertThat(published + open).as(commune + ": every response in exactly one month").isEqualTo(stored);
            // every day from 10/12 to 20/01 took what was given that day
            for (LocalDate day = LocalDate.of(2026, 12, 10); !day.isAfter(LAST_DAY); day = day.plusDays(1)) {
                int given = jdbc.queryForObject("SELECT COUNT(*) FROM survey_response WHERE commune_code = ? AND given_on = ?",
                        Integer.class, commune, day);
                assertThat(given).as(commune + " " + day).isEqualTo(submittedOn.getOrDefault(commune + day, 0));
            }
        }
        // Tây Xuân's 2027 campaign took over what it gave after 15/12; Tây Phú's stay with 2026 until it plans
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM survey_response r JOIN survey_campaign c ON c.id = r.campaign_id "
                + "WHERE r.commune_code = 'TX' AND r.counted_on >= ? AND c.campaign_year = 2027", Integer.class, januaryOpens))
                .isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM survey_response WHERE commune_code = 'TX' AND counted_on >= ?",
                        Integer.class, januaryOpens));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM survey_response r JOIN survey_campaign c ON c.id = r.campaign_id "
                + "WHERE r.commune_code = 'TP' AND r.counted_on >= ? AND c.campaign_year = 2026", Integer.class, januaryOpens))
                .isPositive();
    }
}
