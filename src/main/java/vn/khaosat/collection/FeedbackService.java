package vn.khaosat.collection;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.khaosat.base.AppTime;
import vn.khaosat.base.CurrentUser;
import vn.khaosat.base.InvalidInputException;
import vn.khaosat.base.ProcessVariable;
import vn.khaosat.base.ProcessVariables;
import vn.khaosat.base.WorkingDays;
import vn.khaosat.base.alerts.AlertService;
import vn.khaosat.base.tasks.TaskInboxService;
import vn.khaosat.base.tasks.ApprovalStep;
import vn.khaosat.base.tasks.TaskRecords;
import vn.khaosat.org.CandidateGroups;
import vn.khaosat.org.OrgService;
import vn.khaosat.org.OrgUnit;

/**
 * Feedback through process feedback: recorded (by staff, or online by a citizen) → answered by
 * commune staff within a number of working days (reminder two working days before) → the answer
 * approved by the leader or returned → recorded as given; the tracking code shows it.
 */
@Service
@Transactional(readOnly = true)
public class FeedbackService {

    /** The longest feedback or answer, in characters; the forms stop there too. */
    public static final int MAX_CONTENT = 5000;
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final LocalTime DUE_TIME = LocalTime.of(17, 0);

    private final FeedbackItemRepository items;
    private final OrgService org;
    private final CurrentUser currentUser;
    private static final ApprovalStep APPROVAL = new ApprovalStep(FeedbackProcess.TASK_APPROVE,
            FeedbackProcess.APPROVED, "validation.feedback.returnComment");

    private final TaskRecords<FeedbackItem> tasks;
    private final RuntimeService runtimeService;
    private final SubmissionRateLimiter limiter;
    private final AlertService alerts;
    private final Clock clock;
    private final int dueWorkingDays;
    private final SecureRandom random = new SecureRandom();

    FeedbackService(FeedbackItemRepository items, OrgService org, CurrentUser currentUser, TaskInboxService inbox,
            RuntimeService runtimeService, SubmissionRateLimiter limiter, AlertService alerts, Clock clock,
            @Value("${app.feedback.due-working-days:10}") int dueWorkingDays) {
        this.items = items;
        this.org = org;
        this.currentUser = currentUser;
        this.tasks = new TaskRecords<>(inbox, FeedbackProcess.KEY, FeedbackProcess.FEEDBACK_ID, items, this::loadInUnit);
        this.runtimeService = runtimeService;
        this.limiter = limiter;
        this.alerts = alerts;
        this.clock = clock;
        this.dueWorkingDays = dueWorkingDays;
    }

    /** Feedback from the suggestion box or at the counter, typed in by commune staff. */
    @Transactional
    public FeedbackView record(FeedbackSource source, String content, String contact) {
        OrgUnit unit = org.currentUnit();
        if (!unit.getType().isCommune() || !currentUser.hasRole("COMMUNE_STAFF")) {
            throw new AccessDeniedException("commune staff only");
        }
        return start(unit.getCode(), source, content, contact, currentUser.requireUsername());
    }

    /** Feedback a citizen sends online; returns its tracking code's item. */
    @Transactional
    public FeedbackView submitOnline(String communeCode, String content, String contact, String clientAddress) {
        limiter.acquire(clientAddress, null);
        OrgUnit unit;
        try {
            unit = org.lookupUnit(communeCode);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(Map.of("communeCode", "collection.error.commune"));
        }
        if (!unit.getType().isCommune()) {
            throw new InvalidInputException(Map.of("communeCode", "collection.error.commune"));
        }
        return start(unit.getCode(), FeedbackSource.ONLINE, content, contact, null);
    }

    /** What the holder of a tracking code may read: the item and, once given, the answer. */
    public Optional<FeedbackView> track(String trackingCode) {
        return trackingCode == null ? Optional.empty()
                : items.findByTrackingCode(trackingCode.strip().toUpperCase()).map(FeedbackItem::toView);
    }

    public List<FeedbackView> itemsOfMyCommune() {
        return items.findByCommuneCodeOrderByReceivedOnDescIdDesc(org.currentUnit().getCode()).stream()
                .map(FeedbackItem::toView).toList();
    }

    public FeedbackView itemOfTask(String taskId) {
        return tasks.of(taskId).toView();
    }

    @Transactional
    public void answer(String taskId, long version, String answer) {
        FeedbackItem item = tasks.at(taskId, FeedbackProcess.TASK_HANDLE, version);
        item.answer(InvalidInputException.requireText(answer, "answer", "validation.required", MAX_CONTENT),
                currentUser.requireUsername());
        tasks.complete(taskId, item);
    }

    @Transactional
    public void approve(String taskId, long version) {
        tasks.approve(taskId, APPROVAL, version, item -> item.approve(currentUser.requireUsername()));
    }

    @Transactional
    public void returnAnswer(String taskId, long version, String comment) {
        tasks.sendBack(taskId, APPROVAL, version, comment, FeedbackItem::returnAnswer);
    }

    // ---- the engine's steps

    /** Task_NotifyAnswer: the approved answer is recorded as given; the tracking page shows it. */
    @Transactional
    public void notifyAnswer(long feedbackId) {
        FeedbackItem item = items.findById(feedbackId).orElseThrow();
        item.notified(clock.instant());
        items.saveAndFlush(item);
    }

    /** Task_RemindHandler: the reminder before the due date is recorded. */
    @Transactional
    public void remind(long feedbackId) {
        FeedbackItem item = items.findById(feedbackId).orElseThrow();
        item.reminded(clock.instant());
        items.saveAndFlush(item);
        alerts.send(CandidateGroups.staff(item.getCommuneCode()), "alert.feedback.answerDue", null,
                item.getTrackingCode(), AppTime.DATE.format(item.getDueAt().atZone(AppTime.ZONE)));
    }

    // ---- inside

    private FeedbackView start(String communeCode, FeedbackSource source, String content, String contact, String by) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (content == null || content.isBlank()) {
            errors.put("content", "validation.required");
        } else if (content.strip().length() > MAX_CONTENT) {
            errors.put("content", "validation.tooLong");
        }
        if (contact != null && contact.strip().length() > 200) {
            errors.put("contact", "validation.tooLong");
        }
        if (source == null) {
            errors.put("source", "validation.required");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate dueDay = WorkingDays.plus(today, dueWorkingDays);
        Instant dueAt = dueDay.atTime(DUE_TIME).atZone(AppTime.ZONE).toInstant();
        FeedbackItem item = items.saveAndFlush(new FeedbackItem(communeCode, source, content.strip(),
                contact == null || contact.isBlank() ? null : contact.strip(), trackingCode(), today, dueAt, by));
        var instance = runtimeService.startProcessInstanceByKey(FeedbackProcess.KEY, "feedback-" + item.getTrackingCode(),
                ProcessVariable.values(FeedbackProcess.FEEDBACK_ID.is(item.getId()),
                        ProcessVariables.COMMUNE_CODE.is(communeCode), FeedbackProcess.DUE_AT.is(dueAt)));
        item.setProcessInstanceId(instance.getId());
        return item.toView();
    }

    private String trackingCode() {
        while (true) {
            StringBuilder code = new StringBuilder("GY");
            for (int i = 0; i < 8; i++) {
                code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
            }
            if (items.findByTrackingCode(code.toString()).isEmpty()) {
                return code.toString();
            }
        }
    }

    private FeedbackItem loadInUnit(long id) {
        FeedbackItem item = items.findById(id).orElseThrow();
        org.requireReach(item.getCommuneCode());
        return item;
    }

}
