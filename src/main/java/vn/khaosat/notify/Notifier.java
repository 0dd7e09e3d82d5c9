package vn.khaosat.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.khaosat.base.AppTime;
import vn.khaosat.base.CurrentUser;
import vn.khaosat.base.DbTime;
import vn.khaosat.base.ProcessVariables;
import vn.khaosat.base.alerts.AlertSent;
import vn.khaosat.org.AppUser;
import vn.khaosat.org.OrgService;

/**
 * Turns what happens in the processes into messages for people: alerts (escalations, a report's
 * decision, a feedback answer due), tasks that reach someone (gathered into at most one mail an hour),
 * and tasks due tomorrow or overdue (one mail per task, due date and person). Everything goes to the
 * {@link Outbox}; nothing here talks to a mail server.
 */
@Service
public class Notifier {

    static final Duration TASK_MAIL_INTERVAL = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(Notifier.class);
    /** An overdue task is mailed when the scan sees it within this time after its due. */
    static final Duration OVERDUE_WINDOW = Duration.ofDays(2);
    /** A business key without its commune code: cycle-2026-05, report-2026-Q3, next-plan-2027. */
    private static final Pattern BUSINESS_KEY = Pattern.compile("^[a-z]+(?:-[a-z]+)*-(\\d{4})(?:-(\\d{2}|Q[1-4]|H[12]|Y))?$");

    private final Outbox outbox;
    private final NotificationSettings settings;
    private final OrgService org;
    private final MailTexts texts;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final CurrentUser currentUser;
    private final AtomicInteger paused = new AtomicInteger();

    Notifier(Outbox outbox, NotificationSettings settings, OrgService org, MailTexts texts, TaskService taskService,
            RuntimeService runtimeService, JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock,
            CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.outbox = outbox;
        this.settings = settings;
        this.org = org;
        this.texts = texts;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Stops queuing messages until the returned handle is closed: the demo's history replays a year
     * of tasks and deadlines that nobody should be mailed about.
     */
    public AutoCloseable pause() {
        paused.incrementAndGet();
        return paused::decrementAndGet;
    }

    private boolean active() {
        return paused.get() == 0 && outbox.mailOn();
    }

    // ---- alerts

    /** The kind of mail an alert becomes, if any: reminders are left to the due-tomorrow mail. */
    static Optional<NotificationKind> kindOf(String messageKey) {
        if (messageKey.equals("alert.report.approved") || messageKey.equals("alert.report.returned")) {
            return Optional.of(NotificationKind.REPORT_DECISION);
        }
        if (messageKey.equals("alert.feedback.answerDue")) {
            return Optional.of(NotificationKind.FEEDBACK_DUE);
        }
        if (messageKey.endsWith("Overdue") || messageKey.endsWith(".overdue")) {
            return Optional.of(NotificationKind.ESCALATION);
        }
        return Optional.empty();
    }

    /**
     * Runs in the transaction of the step that raised the alert: the mail goes or stays with it. A
     * failure to write the mail is logged and never fails the step.
     */
    @EventListener
    void alertSent(AlertSent alert) {
        quietly("alert " + alert.alertId(), () -> queueAlert(alert));
    }

    private void queueAlert(AlertSent alert) {
        Optional<NotificationKind> kind = kindOf(alert.messageKey());
        if (kind.isEmpty() || !active()) {
            return;
        }
        String unitName = unitNameOfGroup(alert.candidateGroup());
        for (AppUser user : mailable(alert.candidateGroup())) {
            NotificationSettings.Setting setting = settings.of(user.getUsername());
            if (!setting.wants(kind.get())) {
                continue;
            }
            MailTexts.Mail mail = texts.alert(kind.get(), user.getFullName(), setting.locale(), unitName,
                    alert.messageKey(), alert.args(), alert.route());
            outbox.enqueue(draft(kind.get(), user, mail, null, "ALERT:" + alert.alertId() + ":" + user.getUsername()));
        }
    }

    // ---- new tasks

    /** A task was created (engine's create event, same transaction): its people get a notice to gather. */
    void taskCreated(DelegateTask task) {
        quietly("task " + task.getId(), () -> noticeCreated(task));
    }

    private void noticeCreated(DelegateTask task) {
        if (active()) {
            notice(task.getId(), peopleOf(task.getAssignee(), task.getCandidates()));
        }
    }

    /**
     * A task was given to someone by someone else (not a claim, nor the completing user taking it
     * over): it reaches them like a new one.
     */
    void taskAssigned(DelegateTask task) {
        quietly("task " + task.getId(), () -> noticeAssigned(task));
    }

    private void noticeAssigned(DelegateTask task) {
        String assignee = task.getAssignee();
        if (!active() || assignee == null || assignee.equals(currentUser.username().orElse(null))) {
            return;
        }
        notice(task.getId(), peopleOf(assignee, List.of()));
    }

    /** The task reached these people: gathered into their next new-task mail. */
    private void notice(String taskId, List<AppUser> people) {
        Instant now = clock.instant();
        for (AppUser user : people) {
            jdbc.update("INSERT IGNORE INTO task_notice (task_id, username, created_at) VALUES (?, ?, ?)",
                    taskId, user.getUsername(), DbTime.utc(now));
        }
    }

    /**
     * Mails each person the tasks that reached them since their last such mail, at most one mail an
     * hour: a person's turn is decided under a lock on their settings row, so two nodes never both
     * send. Returns the number of mails queued.
     */
    public int gatherNewTasks() {
        int queued = 0;
        for (String username : jdbc.queryForList("SELECT DISTINCT username FROM task_notice ORDER BY username",
                String.class)) {
            Boolean mailed = transaction.execute(status -> gatherFor(username));
            if (Boolean.TRUE.equals(mailed)) {
                queued++;
            }
        }
        return queued;
    }

    private boolean gatherFor(String username) {
        jdbc.update("INSERT IGNORE INTO notification_setting (username) VALUES (?)", username);
        jdbc.queryForList("SELECT username FROM notification_setting WHERE username = ? FOR UPDATE", username);
        Instant now = clock.instant();
        Optional<Instant> last = outbox.lastQueued(username, NotificationKind.NEW_TASKS);
        if (last.isPresent() && last.get().plus(TASK_MAIL_INTERVAL).isAfter(now)) {
            return false;
        }
        List<Map<String, Object>> notices = jdbc.queryForList(
                "SELECT id, task_id FROM task_notice WHERE username = ? ORDER BY id", username);
        if (notices.isEmpty()) {
            return false;
        }
        jdbc.update("DELETE FROM task_notice WHERE username = ? AND id <= ?", username,
                notices.get(notices.size() - 1).get("id"));
        Optional<AppUser> user = org.activeUser(username).filter(u -> u.getEmail() != null);
        NotificationSettings.Setting setting = settings.of(username);
        if (user.isEmpty() || !setting.wants(NotificationKind.NEW_TASKS)) {
            return false;
        }
        List<String> taskIds = notices.stream().map(n -> (String) n.get("task_id")).toList();
        // still open and still theirs: a task someone else claimed or finished meanwhile is not news
        List<MailTexts.TaskMention> tasks = taskService.createTaskQuery().taskIdIn(taskIds.toArray(String[]::new))
                .active().initializeFormKeys().list().stream()
                .filter(t -> t.getAssignee() == null || t.getAssignee().equals(username))
                .map(this::mention).toList();
        if (tasks.isEmpty()) {
            return false;
        }
        MailTexts.Mail mail = texts.newTasks(user.get().getFullName(), setting.locale(), tasks);
        return outbox.enqueue(draft(NotificationKind.NEW_TASKS, user.get(), mail, null,
                "NEW_TASKS:" + username + ":" + notices.get(0).get("id")));
    }

    // ---- deadlines

    /**
     * Queues a mail for each person of each task due tomorrow (local date), and of each task whose due
     * passed within {@link #OVERDUE_WINDOW}; once per task, due instant and person. Returns the number
     * queued.
     */
    public int scanDeadlines() {
        if (!active()) {
            return 0;
        }
        Instant now = clock.instant();
        LocalDate tomorrow = now.atZone(AppTime.ZONE).toLocalDate().plusDays(1);
        Instant from = tomorrow.atStartOfDay(AppTime.ZONE).toInstant();
        Instant to = tomorrow.plusDays(1).atStartOfDay(AppTime.ZONE).toInstant();
        int queued = 0;
        for (Task task : taskService.createTaskQuery().active().dueAfter(Date.from(from.minusMillis(1)))
                .dueBefore(Date.from(to)).initializeFormKeys().list()) {
            queued += deadline(NotificationKind.DUE_TOMORROW, task);
        }
        for (Task task : taskService.createTaskQuery().active().dueAfter(Date.from(now.minus(OVERDUE_WINDOW)))
                .dueBefore(Date.from(now)).initializeFormKeys().list()) {
            queued += deadline(NotificationKind.OVERDUE, task);
        }
        return queued;
    }

    private int deadline(NotificationKind kind, Task task) {
        int queued = 0;
        MailTexts.TaskMention mention = null;
        for (AppUser user : peopleOf(task.getAssignee(), taskService.getIdentityLinksForTask(task.getId()))) {
            String key = kind.name() + ":" + task.getId() + ":" + task.getDueDate().getTime() + ":" + user.getUsername();
            NotificationSettings.Setting setting = settings.of(user.getUsername());
            if (!setting.wants(kind) || outbox.queued(key)) {
                continue;
            }
            mention = mention == null ? mention(task) : mention;
            MailTexts.Mail mail = texts.task(kind, user.getFullName(), setting.locale(), mention);
            if (outbox.enqueue(draft(kind, user, mail, null, key))) {
                queued++;
            }
        }
        return queued;
    }

    /**
     * Whom a task reaches, among the people with an address: its assignee, or else its candidate
     * users and the members of its candidate groups (each once).
     */
    private List<AppUser> peopleOf(String assignee, Collection<? extends IdentityLink> links) {
        if (assignee != null) {
            return mailable(org.activeUser(assignee).stream().toList());
        }
        Map<String, AppUser> people = new LinkedHashMap<>();
        for (IdentityLink link : links) {
            if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
                continue;
            }
            List<AppUser> reached = link.getGroupId() != null ? org.membersOf(link.getGroupId())
                    : org.activeUser(link.getUserId()).stream().toList();
            mailable(reached).forEach(u -> people.putIfAbsent(u.getUsername(), u));
        }
        return List.copyOf(people.values());
    }

    private List<AppUser> mailable(String candidateGroup) {
        return mailable(org.membersOf(candidateGroup));
    }

    private static List<AppUser> mailable(List<AppUser> users) {
        return users.stream().filter(u -> u.getEmail() != null).toList();
    }

    // ---- letters of features

    /**
     * Mails a letter to every member of a candidate group who has an address and wants the kind, once
     * per {@code eventKey}. The letter is written per recipient language. Returns the number queued.
     */
    public int sendToGroup(String candidateGroup, NotificationKind kind, String eventKey,
            Function<Locale, Letter> letter) {
        if (!active()) {
            return 0;
        }
        int queued = 0;
        for (AppUser user : mailable(candidateGroup)) {
            NotificationSettings.Setting setting = settings.of(user.getUsername());
            String key = letterKey(kind, eventKey, user);
            if (!setting.wants(kind) || outbox.queued(key)) {
                continue;
            }
            Letter written = letter.apply(setting.locale());
            MailTexts.Mail mail = texts.letter(setting.locale(), user.getFullName(), written);
            if (outbox.enqueue(draft(kind, user, mail, written.attachment(), key))) {
                queued++;
            }
        }
        return queued;
    }

    /**
     * Whether a {@link #sendToGroup} of this event would queue anything: lets a caller skip building
     * a costly letter (the digest's dashboards) that everyone already has.
     */
    public boolean anyoneAwaits(String candidateGroup, NotificationKind kind, String eventKey) {
        return active() && mailable(candidateGroup).stream()
                .filter(u -> settings.of(u.getUsername()).wants(kind))
                .anyMatch(u -> !outbox.queued(letterKey(kind, eventKey, u)));
    }

    private static String letterKey(NotificationKind kind, String eventKey, AppUser user) {
        return kind.name() + ":" + eventKey + ":" + user.getUsername();
    }

    // ---- inside

    private MailTexts.TaskMention mention(Task task) {
        String commune = task.getExecutionId() == null ? null
                : ProcessVariables.COMMUNE_CODE.fromExecution(runtimeService, task.getExecutionId()).orElse(null);
        String businessKey = task.getProcessInstanceId() == null ? null
                : Optional.ofNullable(runtimeService.createProcessInstanceQuery()
                        .processInstanceId(task.getProcessInstanceId()).singleResult())
                        .map(p -> p.getBusinessKey()).orElse(null);
        String route = task.getFormKey() == null || task.getFormKey().isBlank() ? "" : task.getFormKey() + "/" + task.getId();
        return new MailTexts.TaskMention(task.getId(), task.getName(),
                commune == null ? "" : org.nameOf(commune),
                period(businessKey, commune),
                task.getDueDate() == null ? null : task.getDueDate().toInstant(), route);
    }

    /**
     * The period a process instance is about, from its business key: cycle-2026-05-TX → 05/2026. The
     * commune code goes first, as codes may hold dashes and digits themselves.
     */
    static String period(String businessKey, String communeCode) {
        if (businessKey == null || communeCode == null || !businessKey.endsWith("-" + communeCode)) {
            return "";
        }
        Matcher m = BUSINESS_KEY.matcher(businessKey.substring(0, businessKey.length() - communeCode.length() - 1));
        if (!m.matches()) {
            return "";
        }
        String year = m.group(1);
        String part = m.group(2);
        return part == null || part.equals("Y") ? year : part + "/" + year;
    }

    /** Mail is a side channel: what goes wrong in it is logged, and the workflow step goes on. */
    private static void quietly(String what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            log.warn("Notifications: no mail queued for {}; the step goes on", what, e);
        }
    }

    private String unitNameOfGroup(String candidateGroup) {
        String[] parts = candidateGroup.split(":");
        return parts.length == 3 ? org.nameOf(parts[1]) : "";
    }

    private static MessageDraft draft(NotificationKind kind, AppUser user, MailTexts.Mail mail,
            MessageDraft.Attachment attachment, String dedupKey) {
        return new MessageDraft(kind, user.getUsername(), user.getEmail(), mail.subject(), mail.text(), mail.html(),
                attachment, dedupKey);
    }
}
