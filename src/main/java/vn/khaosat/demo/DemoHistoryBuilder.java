package vn.khaosat.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import vn.khaosat.base.AppClock;
import vn.khaosat.base.AppTime;
import vn.khaosat.base.EmbeddedMariaDb;
import vn.khaosat.base.ProcessVariables;
import vn.khaosat.base.alerts.Alert;
import vn.khaosat.base.alerts.AlertService;
import vn.khaosat.collection.CollectionService;
import vn.khaosat.collection.DemoKiosk;
import vn.khaosat.collection.DossierService;
import vn.khaosat.collection.FeedbackProcess;
import vn.khaosat.collection.FeedbackService;
import vn.khaosat.collection.FeedbackSource;
import vn.khaosat.collection.FeedbackView;
import vn.khaosat.collection.KioskService;
import vn.khaosat.collection.OfficerService;
import vn.khaosat.collection.PaperService;
import vn.khaosat.collection.RespondentType;
import vn.khaosat.collection.Submission;
import vn.khaosat.cycle.CycleService;
import vn.khaosat.cycle.PublicationService;
import vn.khaosat.cycle.CycleView;
import vn.khaosat.cycle.Narrative;
import vn.khaosat.cycle.PublicationCycleProcess;
import vn.khaosat.notify.Notifier;
import vn.khaosat.plan.CampaignService;
import vn.khaosat.plan.Channel;
import vn.khaosat.plan.NextYearPlanProcess;
import vn.khaosat.plan.PlanContent;
import vn.khaosat.plan.PlanService;
import vn.khaosat.plan.PlanView;
import vn.khaosat.plan.PublicationCalendar;
import vn.khaosat.plan.RunningCampaign;
import vn.khaosat.plan.FieldView;
import vn.khaosat.plan.TemplateService;
import vn.khaosat.report.ReportProcess;
import vn.khaosat.report.ReportService;
import vn.khaosat.report.ReportView;

/**
 * Builds the demo's history up to an instant: last year complete and this year to date, for the
 * three demo communes, by moving the engine clock day by day and doing what their people do, through
 * the same services the screens call (plans drafted, approved and issued; ratings on every channel;
 * dossiers; feedback; every cycle finalised, reviewed, approved and published by its timer on the
 * 28th; every report prepared, signed, reviewed). Timers fire at their due instants as the clock
 * passes them. One seed: the same instant gives the same history, and a later instant the same
 * history up to the earlier one.
 *
 * <p>Xã Tây Xuân and Thị trấn Bình Dương run both years; Xã Tây Phú issues its plans and publishes
 * but never prepares a report. Bình Dương's first six months of last year are source 000's table
 * (paper forms only, as the source's were). What is left open at the end gives each login work: a
 * feedback item to answer (canbo.tx), an answer to approve (chutich.tx; and the month's publication
 * from the 18th to the 26th), Bình Dương's latest report to review (noivu.ts).
 */
@Component
@ConditionalOnProperty(name = {EmbeddedMariaDb.ACTIVE_PROPERTY, "app.demo-data.enabled"}, havingValue = "true")
public class DemoHistoryBuilder {

    static final long SEED = 20250101L;
    static final String TEMPLATE = "TT4-3M";
    private static final Logger log = LoggerFactory.getLogger(DemoHistoryBuilder.class);

    /** What was built, for the log and the tests. */
    public record Built(LocalDate from, Instant until, int responses, int publications, int reports, int feedback,
            Duration took) {
    }

    /** A commune's people and habits. */
    record Commune(String code, int perMonth, double verySatisfied, double dissatisfied, Map<Way, Integer> mix,
            List<String> officers, int approveDelay) {

        String staff() {
            return "canbo." + code.toLowerCase();
        }

        String leader() {
            return "chutich." + code.toLowerCase();
        }
    }

    static final List<Commune> COMMUNES = List.of(
            new Commune("TX", 190, 0.62, 0.035, mix(50, 22, 10, 18),
                    List.of("Nguyễn Thị Lan", "Lê Văn Bình", "Trương Thị Hạnh"), 0),
            new Commune("BD", 170, 0.55, 0.06, mix(45, 27, 10, 18),
                    List.of("Phạm Minh Tuấn", "Đỗ Thị Thu", "Ngô Quang Vinh"), 3),
            new Commune("TP", 100, 0.45, 0.16, mix(70, 0, 0, 30), List.of("Đặng Thị Mai", "Bùi Văn Tâm"), 5));

    /** How a rating reaches us: the API is the one-stop software sending an online rating with its receipt code. */
    enum Way {
        KIOSK(Channel.KIOSK), ONLINE(Channel.ONLINE), API(Channel.ONLINE), PAPER(Channel.PAPER);

        final Channel channel;

        Way(Channel channel) {
            this.channel = channel;
        }
    }

    /** kiosk, online form, API, paper — per cent. */
    private static Map<Way, Integer> mix(int kiosk, int online, int api, int paper) {
        Map<Way, Integer> mix = new LinkedHashMap<>();
        mix.put(Way.KIOSK, kiosk);
        mix.put(Way.ONLINE, online);
        mix.put(Way.API, api);
        mix.put(Way.PAPER, paper);
        return mix;
    }

    private static final Map<String, Integer> FIELD_WEIGHT = Map.of("TP-HT", 40, "DC-XD-MT", 22, "VHXH", 14, "CT", 16,
            "LDTBXH", 10, "KT", 5);
    private static final List<String> COMPLAINTS = List.of("Chờ lâu quá, chỉ có một cán bộ tiếp nhận.",
            "Hướng dẫn hồ sơ chưa rõ, phải đi lại hai lần.", "Hẹn trả kết quả trễ so với giấy hẹn.",
            "Phòng chờ nóng, thiếu ghế ngồi.", "Cán bộ trả lời chưa nhiệt tình.");
    private static final List<String> PRAISES = List.of("Cán bộ tận tình, cảm ơn.", "Thủ tục nhanh gọn.",
            "Hài lòng, có kiosk tiện lợi.");
    private static final List<String> FEEDBACK = List.of(
            "Đề nghị niêm yết rõ lệ phí chứng thực tại bộ phận một cửa.",
            "Bãi giữ xe trước UBND chật, đề nghị bố trí thêm chỗ.",
            "Xin hướng dẫn thủ tục đăng ký khai sinh trực tuyến.",
            "Hồ sơ đất đai của tôi quá hạn trả kết quả mà chưa được báo lý do.",
            "Đề nghị bố trí thêm quạt ở phòng chờ.",
            "Máy lấy số thứ tự bị hỏng nhiều ngày.",
            "Cảm ơn cán bộ tư pháp đã hướng dẫn tận tình.");
    private static final List<String> ANSWERS = List.of(
            "UBND xã đã tiếp thu và chỉ đạo bộ phận một cửa khắc phục trong tuần.",
            "Cảm ơn ông/bà đã góp ý; nội dung đã được niêm yết tại bảng thông tin.",
            "UBND xã đã kiểm tra, hồ sơ đã được giải quyết và trả kết quả.");

    private final PlanService plans;
    private final TemplateService templates;
    private final CampaignService campaigns;
    private final CollectionService collection;
    private final PaperService paper;
    private final DossierService dossiers;
    private final OfficerService officers;
    private final KioskService kiosks;
    private final DemoKiosk demoKiosk;
    private final FeedbackService feedback;
    private final CycleService cycles;
    private final ReportService reports;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final UserDetailsService users;
    private final PublicationService publications;
    private final AlertService alerts;
    private final Notifier notifier;

    DemoHistoryBuilder(PlanService plans, TemplateService templates, CampaignService campaigns,
            CollectionService collection, PaperService paper, DossierService dossiers, OfficerService officers,
            KioskService kiosks, DemoKiosk demoKiosk, FeedbackService feedback, CycleService cycles,
            ReportService reports, TaskService tasks, RuntimeService runtime, ManagementService management,
            UserDetailsService users, PublicationService publications, AlertService alerts, Notifier notifier) {
        this.alerts = alerts;
        this.notifier = notifier;
        this.plans = plans;
        this.templates = templates;
        this.campaigns = campaigns;
        this.collection = collection;
        this.paper = paper;
        this.dossiers = dossiers;
        this.officers = officers;
        this.kiosks = kiosks;
        this.demoKiosk = demoKiosk;
        this.feedback = feedback;
        this.cycles = cycles;
        this.reports = reports;
        this.tasks = tasks;
        this.runtime = runtime;
        this.management = management;
        this.users = users;
        this.publications = publications;
    }

    /**
     * Builds the history from the first working days of last year up to {@code until} (the
     * application's now), then gives the engine clock back as it was: real time, or the training
     * clock's offset.
     */
    public Built build(Instant until) {
        long offset = AppClock.offsetMillis();
        long started = System.nanoTime();
        // a replayed year mails nobody: its tasks and deadlines are history, not news
        AutoCloseable quiet = notifier.pause();
        try {
            return new Run(until).run(started);
        } finally {
            close(quiet);
            SecurityContextHolder.clearContext();
            AppClock.runWithOffset(Math.abs(offset) > 1000 ? offset : 0);
        }
    }

    private static void close(AutoCloseable handle) {
        try {
            handle.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** One build: the clock, the communes' paper forms and what is pending, day by day. */
    private final class Run {

        final Instant until;
        final LocalDate today;
        final int lastYear;
        final LocalDate first;
        final Random random = new Random(SEED);
        Instant clock;
        Instant nextTimer;
        /** Whether tasks may have come or gone since the last look, and when the next known one is done. */
        boolean tasksChanged = true;
        Instant nextAct;
        boolean timersKnown;
        final Map<String, Long> fieldIds = new HashMap<>();
        final Map<String, KioskService.KioskIdentity> kioskOf = new HashMap<>();
        /** Serials still blank, per campaign and field. */
        final Map<String, List<Integer>> blankForms = new HashMap<>();
        /** Paper forms filled in and waiting to be typed: day → forms. */
        final Map<LocalDate, List<PaperForm>> toType = new TreeMap<>();
        /** Responses given per commune, field and window month, for the month's dossier count. */
        final Map<String, Integer> givenInWindow = new HashMap<>();
        /** When each open task is worked on (absent: not seen yet; null value: left open). */
        final Map<String, LocalDateTime> actAt = new HashMap<>();
        final Map<String, String> communeOfInstance = new HashMap<>();
        final Map<String, String> businessKeys = new HashMap<>();
        final Map<String, LocalDate> alertsReadOn = new HashMap<>();
        final Set<String> returnedCycles = new HashSet<>();
        final Set<String> returnedReports = new HashSet<>();
        final Set<Long> returnedAnswers = new HashSet<>();
        /** Feedback items left where today finds them: to answer, to approve, returned. */
        final Set<Long> leaveToAnswer = new HashSet<>();
        final Set<Long> leaveToApprove = new HashSet<>();
        final Set<Long> returnAndLeave = new HashSet<>();
        final Map<String, UserDetails> people = new java.util.concurrent.ConcurrentHashMap<>();
        final java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        int responses;
        int clientIds;
        int receipts;
        int feedbackItems;

        record PaperForm(String commune, String field, LocalDate givenOn, String serial, String digits) {
        }

        Run(Instant until) {
            this.until = until;
            this.today = until.atZone(AppTime.ZONE).toLocalDate();
            this.lastYear = today.getYear() - 1;
            this.first = LocalDate.of(lastYear, 1, 5);
        }

        Built run(long started) {
            try {
                return runDays(started);
            } finally {
                pool.shutdownNow();
            }
        }

        Built runDays(long started) {
            log.info("Demo: building the history of 3 communes from {} to {} through the processes (first start only, "
                    + "about a minute)", AppTime.DATE.format(first), AppTime.DATE_TIME.format(until.atZone(AppTime.ZONE)));
            setClock(at(first, 7, 30));
            templates.activeFields().forEach(f -> fieldIds.put(f.code(), f.id()));
            for (Commune c : COMMUNES) {
                as(c.staff());
                officers.replace(c.code(), String.join("\n", c.officers()));
                kioskOf.put(c.code(), c.code().equals("TX") ? demoKiosk.register()
                        : kiosks.authenticate(kiosks.register(c.code(), "Kiosk bộ phận một cửa").token()).orElseThrow());
            }
            List<PaperForm> source000 = List.of();
            for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
                if (!advance(at(day, 7, 0)) || !advance(at(day, 8, 0))) {
                    break;
                }
                if (!advance(at(day, 8, 30))) {
                    break;
                }
                issuePlans(day);
                if (day.equals(LocalDate.of(lastYear, 1, 6))) {
                    source000 = source000Forms(day);
                }
                enterDossiers(day);
                rate(day, source000);
                if (!advance(at(day, 14, 0))) {
                    break;
                }
                work();
                if (!advance(at(day, 15, 30))) {
                    break;
                }
                work();
                if (!advance(at(day, 16, 0))) {
                    break;
                }
                receiveFeedback(day);
                typePaper(day);
                runDue();
                if (!advance(at(day, 17, 0))) {
                    break;
                }
                if (day.getDayOfMonth() == YearMonth.from(day).lengthOfMonth()) {
                    log.info("Demo: {} done ({} responses so far)", YearMonth.from(day), responses);
                }
            }
            advance(until);
            work();
            Built built = new Built(first, until, responses,
                    publications.publishedPeriodCount(), (int) reports.reportCount(), feedbackItems,
                    Duration.ofNanos(System.nanoTime() - started));
            log.info("Demo history built in {} s: {} responses, {} published periods, {} reports, {} feedback items",
                    built.took().toSeconds(), built.responses(), built.publications(), built.reports(), built.feedback());
            return built;
        }

        // ---- the clock

        Instant at(LocalDate day, int hour, int minute) {
            return day.atTime(hour, minute).atZone(AppTime.ZONE).toInstant();
        }

        void setClock(Instant instant) {
            clock = instant;
            AppClock.stopAt(instant);
        }

        /**
         * Moves the clock to the instant, running each timer at its own due instant on the way;
         * false (and nothing done) if the instant is after the end of the build.
         */
        boolean advance(Instant target) {
            if (target.isAfter(until)) {
                return false;
            }
            while (true) {
                Instant due = nextTimer();
                if (due == null || due.isAfter(target)) {
                    break;
                }
                setClock(due.isAfter(clock) ? due : clock);
                runDue();
            }
            if (target.isAfter(clock)) {
                setClock(target);
            }
            return true;
        }

        Instant nextTimer() {
            if (!timersKnown) {
                nextTimer = management.createJobQuery().timers().active().withRetriesLeft().orderByJobDuedate().asc()
                        .listPage(0, 1).stream().map(job -> job.getDuedate().toInstant()).findFirst().orElse(null);
                timersKnown = true;
            }
            return nextTimer;
        }

        /** Runs every job due now (timers, asynchronous steps) until none is left. */
        void runDue() {
            Set<String> failed = new HashSet<>();
            while (true) {
                List<Job> due = management.createJobQuery().executable().orderByJobDuedate().asc().listPage(0, 50)
                        .stream().filter(job -> !failed.contains(job.getId())).toList();
                if (due.isEmpty()) {
                    break;
                }
                tasksChanged = true;
                for (Job job : due) {
                    try {
                        management.executeJob(job.getId());
                    } catch (RuntimeException e) {
                        // left to the job executor's retries, and an incident in Cockpit if it keeps failing
                        failed.add(job.getId());
                        log.warn("Demo: a step failed at {}: {}", clock, e.toString());
                    }
                }
            }
            timersKnown = false;
        }

        // ---- plans

        /** Last year's plans in its first week; then Bình Dương plans in December, Tây Xuân and Tây Phú in January. */
        void issuePlans(LocalDate day) {
            if (day.getYear() == lastYear && day.getMonthValue() == 1) {
                switch (day.getDayOfMonth()) {
                case 5 -> issue("TX", lastYear, "01/KH-UBND", day);
                case 6 -> issue("BD", lastYear, "02/KH-UBND", day);
                case 7 -> issue("TP", lastYear, "01/KH-UBND", day);
                default -> {
                }
                }
                return;
            }
            if (day.getMonthValue() == 12 && day.getDayOfMonth() == 10) {
                issue("BD", day.getYear() + 1, "21/KH-UBND", day);
            }
            if (day.getMonthValue() == 1 && day.getDayOfMonth() == 12) {
                issue("TX", day.getYear(), "05/KH-UBND", day);
            }
            if (day.getMonthValue() == 1 && day.getDayOfMonth() == 13) {
                issue("TP", day.getYear(), "03/KH-UBND", day);
            }
        }

        void issue(String code, int year, String number, LocalDate day) {
            Commune c = commune(code);
            as(c.staff());
            String draft = plans.startDraft(year);
            PlanView plan = plans.planOfTask(draft);
            PlanContent p = plan.content();
            long template = templates.activeTemplates().stream().filter(t -> t.code().equals(TEMPLATE)).findFirst()
                    .orElseThrow().id();
            Set<Long> fields = fieldsOf(code, year).stream().map(fieldIds::get).collect(Collectors.toSet());
            Set<Channel> channels = code.equals("TP") ? EnumSet.of(Channel.KIOSK, Channel.PAPER, Channel.SUGGESTION_BOX)
                    : EnumSet.of(Channel.KIOSK, Channel.ONLINE, Channel.PAPER, Channel.SUGGESTION_BOX);
            plans.submit(draft, plan.version(), new PlanContent(number, day, p.placeName(), p.legalBasis(), p.purposes(),
                    p.requirements(), template, fields, channels, p.coverageTarget(), p.cutOffDay(), p.reportedPeriods(),
                    p.recipients(), p.signerName(), p.signerTitle()));
            as(c.leader());
            Task approve = tasks.createTaskQuery().processInstanceBusinessKey("plan-" + year + "-" + code).active()
                    .singleResult();
            plans.approve(approve.getId(), plans.planOfTask(approve.getId()).version());
            runDue();
        }

        List<String> fieldsOf(String code, int year) {
            return switch (code) {
            case "TX" -> List.of("TP-HT", "VHXH", "DC-XD-MT", "CT");
            case "BD" -> year == lastYear ? List.of("TP-HT", "VHXH", "DC-XD-MT")
                    : List.of("TP-HT", "VHXH", "DC-XD-MT", "LDTBXH");
            default -> List.of("TP-HT", "DC-XD-MT", "CT");
            };
        }

        // ---- ratings

        /**
         * Bình Dương's first six months of last year: source 000's table, one paper form per row of
         * answers, filled in on the working days up to 13 June and typed in within three days.
         */
        List<PaperForm> source000Forms(LocalDate day) {
            as("canbo.bd");
            Map<String, List<int[]>> table = source000Table();
            List<PaperForm> forms = new ArrayList<>();
            for (Map.Entry<String, List<int[]>> field : table.entrySet()) {
                List<int[]> criteria = field.getValue();
                int count = criteria.get(0)[4];
                long batch = paper.issue(fieldIds.get(field.getKey()), criteria.get(0)[3]);
                int firstNumber = paper.firstSerial(batch);
                List<List<Integer>> levels = new ArrayList<>();
                for (int[] criterion : criteria) {
                    List<Integer> column = new ArrayList<>();
                    for (int level = 1; level <= 3; level++) {
                        for (int i = 0; i < criterion[level - 1]; i++) {
                            column.add(level);
                        }
                    }
                    Collections.shuffle(column, random);
                    levels.add(column);
                }
                for (int i = 0; i < count; i++) {
                    StringBuilder digits = new StringBuilder();
                    for (List<Integer> column : levels) {
                        digits.append(column.get(i));
                    }
                    forms.add(new PaperForm("BD", field.getKey(), null,
                            "BD-%d-%05d".formatted(lastYear, firstNumber + i), digits.toString()));
                }
            }
            Collections.shuffle(forms, random);
            List<LocalDate> days = new ArrayList<>();
            for (LocalDate d = day; !d.isAfter(LocalDate.of(lastYear, 6, 13)); d = d.plusDays(1)) {
                if (d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                    days.add(d);
                }
            }
            List<PaperForm> dated = new ArrayList<>();
            for (int i = 0; i < forms.size(); i++) {
                PaperForm f = forms.get(i);
                dated.add(new PaperForm(f.commune(), f.field(), days.get(i * days.size() / forms.size()), f.serial(),
                        f.digits()));
            }
            return dated;
        }

        /** source 000: field code → per criterion {very satisfied, satisfied, dissatisfied, forms issued, collected}. */
        Map<String, List<int[]>> source000Table() {
            Map<String, String> codes = Map.of("Tư pháp – hộ tịch", "TP-HT", "Văn hóa – xã hội", "VHXH", "Địa chính",
                    "DC-XD-MT");
            Map<String, List<int[]>> table = new LinkedHashMap<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                    DemoHistoryBuilder.class.getResourceAsStream("/demo/binh-duong-h1.csv"), StandardCharsets.UTF_8))) {
                reader.readLine();
                String line;
                while ((line = reader.readLine()) != null) {
                    if (!line.isBlank()) {
                        String[] c = line.split(",");
                        table.computeIfAbsent(codes.get(c[0]), k -> new ArrayList<>()).add(new int[] {
                                Integer.parseInt(c[2]), Integer.parseInt(c[3]), Integer.parseInt(c[4]),
                                Integer.parseInt(c[5]), Integer.parseInt(c[6])});
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return table;
        }

        /**
         * The day's ratings, in three rounds of the opening hours; a round's submissions go in side
         * by side (as the kiosks and phones of a commune do), which halves the demo's first start.
         */
        void rate(LocalDate day, List<PaperForm> source000) {
            List<Given> given = new ArrayList<>();
            for (Commune c : COMMUNES) {
                Optional<RunningCampaign> campaign = campaigns.collectingCampaign(c.code(), day);
                if (campaign.isEmpty()) {
                    continue;
                }
                if (c.code().equals("BD") && day.isBefore(LocalDate.of(lastYear, 6, 15))) {
                    source000.stream().filter(f -> f.givenOn().equals(day)).forEach(f -> {
                        toType.computeIfAbsent(typingDay(day, 3), d -> new ArrayList<>()).add(f);
                        countGiven(c.code(), f.field(), day, campaign.get().cutOffDay());
                    });
                    continue;
                }
                double mean = c.perMonth() / 23.0 * switch (day.getDayOfWeek()) {
                    case SATURDAY -> 0.5;
                    case SUNDAY -> 0.1;
                    default -> 1.0;
                };
                int n = (int) Math.floor(mean * (0.6 + 0.8 * random.nextDouble()) + random.nextDouble());
                for (int i = 0; i < n; i++) {
                    given.add(response(c, campaign.get(), day));
                }
            }
            int[] hours = {8, 10, 12};
            for (int round = 0; round < hours.length; round++) {
                if (!advance(at(day, hours[round], 30))) {
                    return;
                }
                List<Runnable> submissions = new ArrayList<>();
                for (int i = round; i < given.size(); i += hours.length) {
                    given.get(i).recorded().run();
                    if (given.get(i).submission() != null) {
                        submissions.add(given.get(i).submission());
                    }
                }
                inParallel(submissions);
            }
        }

        /** A rating: what is noted when it is given, and what is sent (nothing for a paper form, typed in later). */
        record Given(Runnable recorded, Runnable submission) {
        }

        void inParallel(List<Runnable> work) {
            List<java.util.concurrent.Future<?>> running = work.stream().map(pool::submit)
                    .collect(Collectors.toList());
            for (java.util.concurrent.Future<?> f : running) {
                try {
                    f.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                } catch (java.util.concurrent.ExecutionException e) {
                    throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            }
            responses += work.size();
        }

        /** One citizen's rating: field, channel, officer and answers drawn from the commune's habits. */
        Given response(Commune c, RunningCampaign campaign, LocalDate day) {
            List<String> fields = campaign.fields().stream().map(FieldView::code).toList();
            String field = weighted(fields.stream().collect(Collectors.toMap(f -> f,
                    f -> FIELD_WEIGHT.getOrDefault(f, 5), (a, b) -> a, LinkedHashMap::new)));
            Map<Way, Integer> mix = new LinkedHashMap<>(c.mix());
            mix.keySet().removeIf(way -> !campaign.channels().contains(way.channel));
            Way way = weighted(mix);
            boolean api = way == Way.API;
            Channel channel = way.channel;
            String officer = channel == Channel.PAPER ? null : c.officers().get(random.nextInt(c.officers().size()));
            boolean weakOfficer = officer != null && officer.equals(c.officers().get(c.officers().size() - 1));
            double yearsOn = day.getYear() > lastYear ? 0.7 : 1.0;
            double dissatisfied = c.dissatisfied() * yearsOn * (field.equals("DC-XD-MT") ? 1.8 : 1.0)
                    * (weakOfficer ? 2.2 : 1.0);
            double very = Math.min(0.9, c.verySatisfied() + (day.getYear() > lastYear ? 0.05 : 0));
            List<Submission.Answer> answers = new ArrayList<>();
            StringBuilder digits = new StringBuilder();
            boolean unhappy = false;
            for (int criterion = 1; criterion <= 4; criterion++) {
                double r = random.nextDouble();
                int level = r < dissatisfied ? 3 : r < dissatisfied + very ? 1 : 2;
                unhappy |= level == 3;
                answers.add(new Submission.Answer(criterion, level));
                digits.append(level);
            }
            String comment = channel == Channel.PAPER ? null
                    : unhappy && random.nextInt(2) == 0 ? COMPLAINTS.get(random.nextInt(COMPLAINTS.size()))
                    : !unhappy && random.nextInt(25) == 0 ? PRAISES.get(random.nextInt(PRAISES.size())) : null;
            RespondentType type = channel == Channel.PAPER ? null
                    : random.nextInt(7) == 0 ? RespondentType.TO_CHUC : RespondentType.CA_NHAN;
            if (channel == Channel.PAPER) {
                String serial = blankForm(c, campaign, field, day);
                int typedIn = random.nextInt(4);
                PaperForm form = new PaperForm(c.code(), field, day, serial, digits.toString());
                return new Given(() -> {
                    toType.computeIfAbsent(typingDay(day, typedIn), d -> new ArrayList<>()).add(form);
                    countGiven(c.code(), field, day, campaign.cutOffDay());
                }, null);
            }
            String receipt = api ? "%s-%s-%04d".formatted(c.code(), day.toString().replace("-", ""), ++receipts) : null;
            String clientId = "demo-%s-%07d".formatted(c.code().toLowerCase(), ++clientIds);
            Submission submission = new Submission(c.code(), field, channel, null, answers, type, officer, comment,
                    receipt, clientId);
            KioskService.KioskIdentity kiosk = channel == Channel.KIOSK ? kioskOf.get(c.code()) : null;
            return new Given(() -> countGiven(c.code(), field, day, campaign.cutOffDay()),
                    () -> collection.submitRecorded(submission, kiosk));
        }

        /** The next blank form of the field; staff print a new batch when the last runs out. */
        String blankForm(Commune c, RunningCampaign campaign, String field, LocalDate day) {
            List<Integer> blank = blankForms.computeIfAbsent(campaign.id() + field, k -> new ArrayList<>());
            if (blank.isEmpty()) {
                as(c.staff());
                int count = 60;
                long batch = paper.issue(fieldIds.get(field), count);
                int firstNumber = paper.firstSerial(batch);
                for (int i = 0; i < count; i++) {
                    blank.add(firstNumber + i);
                }
            }
            return "%s-%d-%05d".formatted(c.code(), campaign.year(), blank.remove(0));
        }

        LocalDate typingDay(LocalDate day, int daysLater) {
            LocalDate typed = day.plusDays(daysLater);
            return typed.getDayOfWeek() == DayOfWeek.SUNDAY ? typed.plusDays(1) : typed;
        }

        void typePaper(LocalDate day) {
            List<PaperForm> forms = toType.remove(day);
            if (forms == null) {
                return;
            }
            inParallel(forms.stream().<Runnable>map(form -> () -> {
                as(commune(form.commune()).staff());
                try {
                    paper.enter(fieldIds.get(form.field()), form.givenOn(), form.serial(), form.digits());
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }).toList());
        }

        void countGiven(String commune, String field, LocalDate day, int cutOffDay) {
            givenInWindow.merge(commune + " " + field + " " + PublicationCalendar.windowMonth(day, cutOffDay), 1,
                    Integer::sum);
        }

        /**
         * On the morning after a window closes (the 15th), staff enter the month's dossiers from the
         * one-stop software; coverage stays above the plan's 80 % but for Địa chính in a few months.
         */
        void enterDossiers(LocalDate day) {
            for (Commune c : COMMUNES) {
                Optional<RunningCampaign> campaign = campaigns.collectingCampaign(c.code(), day.minusDays(1));
                if (campaign.isEmpty() || day.getDayOfMonth() != campaign.get().cutOffDay() + 1) {
                    continue;
                }
                YearMonth month = PublicationCalendar.windowMonth(day.minusDays(1), campaign.get().cutOffDay());
                as(c.staff());
                for (FieldView field : campaign.get().fields()) {
                    int given = givenInWindow.getOrDefault(c.code() + " " + field.code() + " " + month, 0);
                    boolean low = field.code().equals("DC-XD-MT") && (month.getMonthValue() % 5 == 3);
                    double coverage = low ? 0.6 + 0.1 * random.nextDouble() : 0.84 + 0.14 * random.nextDouble();
                    dossiers.enter(field.id(), month.getYear(), month.getMonthValue(),
                            (int) Math.ceil(given / coverage));
                }
            }
        }

        // ---- feedback

        void receiveFeedback(LocalDate day) {
            for (Commune c : COMMUNES) {
                boolean special = c.code().equals("TX") && (day.equals(today.minusDays(6))
                        || day.equals(today.minusDays(5)) || day.equals(today.minusDays(1)));
                if (!special && (day.getDayOfWeek() == DayOfWeek.SUNDAY || random.nextInt(26) != 0)) {
                    continue;
                }
                String content = FEEDBACK.get(random.nextInt(FEEDBACK.size()));
                FeedbackView item;
                switch (random.nextInt(5)) {
                case 0, 1 -> item = feedback.submitOnline(c.code(), content, "09%08d".formatted(random.nextInt(100_000_000)),
                        "113.161.%d.%d".formatted(random.nextInt(256), random.nextInt(256)));
                case 2 -> {
                    as(c.staff());
                    item = feedback.record(FeedbackSource.IN_PERSON, content, null);
                }
                default -> {
                    as(c.staff());
                    item = feedback.record(FeedbackSource.SUGGESTION_BOX, content, null);
                }
                }
                feedbackItems++;
                tasksChanged = true;
                if (special) {
                    (day.equals(today.minusDays(1)) ? leaveToAnswer
                            : day.equals(today.minusDays(5)) ? leaveToApprove : returnAndLeave).add(item.id());
                }
            }
            runDue();
        }

        // ---- people at work

        /** Every open task whose time has come is done by its group's person; new tasks get their time. */
        void work() {
            if (!tasksChanged && (nextAct == null || nextAct.isAfter(clock))) {
                return;
            }
            for (int pass = 0; pass < 6; pass++) {
                tasksChanged = false;
                boolean acted = false;
                for (Task task : tasks.createTaskQuery().active().orderByTaskCreateTime().asc().list()) {
                    if (!actAt.containsKey(task.getId())) {
                        actAt.put(task.getId(), when(task));
                    }
                    LocalDateTime when = actAt.get(task.getId());
                    if (when == null || when.atZone(AppTime.ZONE).toInstant().isAfter(clock)) {
                        continue;
                    }
                    act(task);
                    actAt.remove(task.getId());
                    acted = true;
                }
                runDue();
                if (!acted) {
                    break;
                }
            }
            nextAct = actAt.values().stream().filter(java.util.Objects::nonNull)
                    .map(t -> t.atZone(AppTime.ZONE).toInstant()).min(Instant::compareTo).orElse(null);
        }

        String communeOf(Task task) {
            return communeOfInstance.computeIfAbsent(task.getProcessInstanceId(),
                    id -> ProcessVariables.COMMUNE_CODE.fromExecution(runtime, task.getExecutionId()).orElse(null));
        }

        /** When the task's person does it, or null to leave it open. */
        LocalDateTime when(Task task) {
            LocalDateTime created = LocalDateTime.ofInstant(task.getCreateTime().toInstant(), AppTime.ZONE);
            LocalDate day = created.toLocalDate();
            Commune c = commune(communeOf(task));
            as(actor(task, c));
            return switch (task.getTaskDefinitionKey()) {
            case PublicationCycleProcess.TASK_FINALISE -> workday(day.plusDays(c.code().equals("TP") ? 2 : 1), 14);
            case PublicationCycleProcess.TASK_ACKNOWLEDGE_COVERAGE -> created.plusHours(1);
            case PublicationCycleProcess.TASK_REVIEW -> workday(day.plusDays(2), 14);
            case PublicationCycleProcess.TASK_APPROVE -> {
                LocalDate eve = day.withDayOfMonth(27).getDayOfWeek() == DayOfWeek.SUNDAY ? day.withDayOfMonth(26)
                        : day.withDayOfMonth(27);
                LocalDate chosen = c.code().equals("TX") ? day.withDayOfMonth(26) : day.plusDays(c.approveDelay());
                if (isFirstReturn(task)) {
                    chosen = day.plusDays(2);
                }
                yield chosen.isAfter(eve) || !chosen.isAfter(day) ? created.plusHours(1) : chosen.atTime(10, 0);
            }
            case ReportProcess.TASK_PREPARE -> c.code().equals("TP") ? null : workday(day.plusDays(2), 14);
            case ReportProcess.TASK_SIGN -> workday(day.plusDays(c.code().equals("TX") ? 2 : 1), 14);
            case ReportProcess.TASK_REVIEW -> leftForReview(task) ? null : workday(day.plusDays(3), 14);
            case ReportProcess.TASK_REVISE -> workday(day.plusDays(2), 14);
            case FeedbackProcess.TASK_HANDLE -> {
                long item = feedback.itemOfTask(task.getId()).id();
                yield leaveToAnswer.contains(item) || (returnAndLeave.contains(item) && returnedAnswers.contains(item))
                        ? null : workday(day.plusDays(returnedAnswers.contains(item) ? 1 : 2), 14);
            }
            case FeedbackProcess.TASK_APPROVE -> leaveToApprove.contains(feedback.itemOfTask(task.getId()).id()) ? null
                    : workday(day.plusDays(1), 14);
            case NextYearPlanProcess.TASK_PLAN -> null; // answered by drafting the plan on its day
            default -> {
                log.warn("Demo: a task it does not know is left open: {}", task.getTaskDefinitionKey());
                yield null;
            }
            };
        }

        /** Who does the task: the commune's staff, its leader, or the district's reviewer. */
        String actor(Task task, Commune c) {
            return switch (task.getTaskDefinitionKey()) {
            case PublicationCycleProcess.TASK_ACKNOWLEDGE_COVERAGE, PublicationCycleProcess.TASK_APPROVE,
                    ReportProcess.TASK_SIGN, FeedbackProcess.TASK_APPROVE -> c.leader();
            case ReportProcess.TASK_REVIEW -> "noivu.ts";
            default -> c.staff();
            };
        }

        LocalDateTime workday(LocalDate day, int hour) {
            return (day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.plusDays(1) : day).atTime(hour, 0);
        }

        /** Tây Xuân's May of last year: the chairman returns it once, asking for the reasons. */
        boolean isFirstReturn(Task task) {
            return businessKey(task).equals("cycle-" + lastYear + "-05-TX")
                    && !returnedCycles.contains(task.getProcessInstanceId());
        }

        String businessKey(Task task) {
            return businessKeys.computeIfAbsent(task.getProcessInstanceId(), id -> runtime.createProcessInstanceQuery()
                    .processInstanceId(id).singleResult().getBusinessKey());
        }

        /**
         * Bình Dương's latest report waits for the district: the one whose next reported period's
         * report cannot have been sent a week before today.
         */
        boolean leftForReview(Task task) {
            String key = businessKey(task); // report-2025-Q3-BD
            if (!key.endsWith("-BD")) {
                return false;
            }
            String period = key.substring("report-".length(), key.length() - "-BD".length());
            int month = switch (period.substring(5)) {
            case "Q1" -> 3;
            case "H1" -> 6;
            case "Q3" -> 9;
            default -> 12;
            };
            YearMonth published = YearMonth.of(Integer.parseInt(period.substring(0, 4)), month);
            LocalDate next = PublicationCalendar.publicationDate(published.plusMonths(3));
            return next.plusDays(7).isAfter(today);
        }

        void act(Task task) {
            String id = task.getId();
            Commune c = commune(communeOf(task));
            Narrative narrative = narrative(c);
            as(actor(task, c));
            // opening the inbox (once a day), the person has read the alerts of the days before and ticked them off
            LocalDate day = LocalDate.ofInstant(clock, AppTime.ZONE);
            if (!day.equals(alertsReadOn.put(actor(task, c), day))) {
                for (Alert alert : alerts.mine()) {
                    if (alert.createdAt().isBefore(clock.minus(Duration.ofDays(2)))) {
                        alerts.dismiss(alert.id());
                    }
                }
            }
            switch (task.getTaskDefinitionKey()) {
            case PublicationCycleProcess.TASK_FINALISE -> {
                cycles.finalise(id, cycles.cycleOfTask(id).version());
            }
            case PublicationCycleProcess.TASK_ACKNOWLEDGE_COVERAGE -> {
                cycles.acknowledgeCoverage(id, cycles.cycleOfTask(id).version(),
                        "Nhiều hồ sơ đất đai trả qua bưu điện, người dân không đến bộ phận một cửa để đánh giá.");
            }
            case PublicationCycleProcess.TASK_REVIEW -> {
                cycles.submitReview(id, cycles.cycleOfTask(id).version(), narrative);
            }
            case PublicationCycleProcess.TASK_APPROVE -> {
                CycleView cycle = cycles.cycleOfTask(id);
                if (isFirstReturn(task)) {
                    returnedCycles.add(task.getProcessInstanceId());
                    cycles.returnForReview(id, cycle.version(),
                            "Đề nghị nêu rõ nguyên nhân tỷ lệ hài lòng lĩnh vực Địa chính giảm so với tháng trước.");
                } else {
                    cycles.approve(id, cycle.version());
                }
            }
            case ReportProcess.TASK_PREPARE -> {
                reports.prepare(id, reports.reportOfTask(id).version(), narrative);
            }
            case ReportProcess.TASK_SIGN -> {
                reports.signAndSubmit(id, reports.reportOfTask(id).version());
            }
            case ReportProcess.TASK_REVIEW -> {
                ReportView report = reports.reportOfTask(id);
                if (businessKey(task).equals("report-" + lastYear + "-Q3-TX")
                        && returnedReports.add(task.getProcessInstanceId())) {
                    reports.returnReport(id, report.version(), "Đề nghị bổ sung nguyên nhân và giải pháp cho các tiêu "
                            + "chí có tỷ lệ không hài lòng cao (lĩnh vực Địa chính – xây dựng – môi trường).");
                } else {
                    reports.approve(id, report.version());
                }
            }
            case ReportProcess.TASK_REVISE -> {
                reports.revise(id, reports.reportOfTask(id).version(), new Narrative(narrative.strengths(),
                        "Lĩnh vực Địa chính có tỷ lệ không hài lòng cao do hồ sơ trễ hẹn (12 hồ sơ), một cán bộ "
                                + "mới tiếp nhận chưa nắm quy trình.", "Bố trí cán bộ địa chính trực một cửa các "
                                + "buổi sáng; nhắn tin báo trước khi hồ sơ trễ hẹn."));
            }
            case FeedbackProcess.TASK_HANDLE -> {
                FeedbackView item = feedback.itemOfTask(id);
                feedback.answer(id, item.version(), ANSWERS.get(random.nextInt(ANSWERS.size())));
            }
            case FeedbackProcess.TASK_APPROVE -> {
                FeedbackView item = feedback.itemOfTask(id);
                boolean returnIt = (returnAndLeave.contains(item.id()) || item.id() % 6 == 0)
                        && returnedAnswers.add(item.id());
                if (returnIt) {
                    feedback.returnAnswer(id, item.version(), "Trả lời cụ thể thời hạn khắc phục.");
                } else {
                    feedback.approve(id, item.version());
                }
            }
            default -> throw new IllegalStateException("no one does " + task.getTaskDefinitionKey());
            }
        }

        Narrative narrative(Commune c) {
            return new Narrative(
                    "Cán bộ bộ phận một cửa tiếp nhận, hướng dẫn hồ sơ tận tình; kiosk đánh giá được người dân sử "
                            + "dụng thường xuyên.",
                    c.code().equals("TP") ? "Số phiếu thu về còn ít so với số hồ sơ; phòng chờ chật."
                            : "Một số hồ sơ đất đai trả kết quả trễ hẹn; giờ cao điểm người dân phải chờ.",
                    "Tiếp tục niêm yết công khai thủ tục, nhắc người dân đánh giá sau khi nhận kết quả.");
        }

        // ---- helpers

        Commune commune(String code) {
            return COMMUNES.stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
        }

        <T> T weighted(Map<T, Integer> weights) {
            int total = weights.values().stream().mapToInt(Integer::intValue).sum();
            int r = random.nextInt(total);
            for (Map.Entry<T, Integer> e : weights.entrySet()) {
                r -= e.getValue();
                if (r < 0) {
                    return e.getKey();
                }
            }
            throw new IllegalStateException();
        }

        void as(String username) {
            UserDetails user = people.computeIfAbsent(username, users::loadUserByUsername);
            SecurityContextHolder.getContext()
                    .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        }
    }
}
