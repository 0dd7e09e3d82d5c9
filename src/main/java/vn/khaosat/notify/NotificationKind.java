package vn.khaosat.notify;

/** What a message is about; each user can turn each kind off on the profile screen. */
public enum NotificationKind {
    /** Tasks assigned to the user or offered to their group: at most one mail an hour. */
    NEW_TASKS,
    /** A task of theirs is due tomorrow. */
    DUE_TOMORROW,
    /** A task of theirs passed its due date. */
    OVERDUE,
    /** Someone else's task passed its due date and the process turns to the leader (or reviewer). */
    ESCALATION,
    /** A report was returned or approved by the parent unit. */
    REPORT_DECISION,
    /** A citizen's feedback is waiting for its answer, and the answer is due soon. */
    FEEDBACK_DUE,
    /** The monthly digest of a district's communes after the 28th's publications. */
    DISTRICT_DIGEST
}
