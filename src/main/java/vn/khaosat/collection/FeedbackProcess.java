package vn.khaosat.collection;

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

    public static final String VAR_FEEDBACK_ID = "feedbackId";
    public static final String VAR_APPROVED = "approved";
    public static final String VAR_DUE_AT = "dueAt";

    private FeedbackProcess() {
    }
}
