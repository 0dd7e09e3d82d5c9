package vn.khaosat.collection;

import java.time.Instant;

import vn.khaosat.base.ProcessVariable;

/** Process feedback: its key, element ids, routes and variables. */
public final class FeedbackProcess {

    public static final String KEY = "Feedback";
    public static final String TASK_HANDLE = "Task_HandleFeedback";
    public static final String TASK_APPROVE = "Task_ApproveAnswer";
    public static final String TASK_NOTIFY = "Task_NotifyAnswer";
    public static final String TIMER_REMINDER = "Timer_ReminderBeforeDue";
    public static final String TASK_REMIND = "Task_RemindHandler";
    public static final String END_ANSWERED = "EndEvent_FeedbackAnswered";

    public static final String HANDLE_ROUTE = "feedback-handle";
    public static final String APPROVE_ROUTE = "feedback-approve";

    public static final ProcessVariable<Long> FEEDBACK_ID = ProcessVariable.id("feedbackId");
    public static final ProcessVariable<Boolean> APPROVED = ProcessVariable.flag("approved");
    public static final ProcessVariable<Instant> DUE_AT = ProcessVariable.instant("dueAt");

    private FeedbackProcess() {
    }
}
