package vn.khaosat.report;

/** A commune's reporting state for one period, as the district dashboard shows it. */
public enum DashboardStatus {
    NOT_DUE,
    DUE,
    SUBMITTED,
    RETURNED,
    APPROVED,
    /** due date passed, report started but not sent */
    LATE,
    /** due date passed and nothing was published or sent */
    MISSING,
    /** the commune's campaign was cancelled before the report was approved or due: nothing to grade */
    CANCELLED;

    /** Whether the commune has (or may still on time) report: a commune that did not is graded weak. */
    boolean reported() {
        return this != LATE && this != MISSING;
    }
}
