package vn.khaosat.report;

import java.time.Instant;

import vn.khaosat.base.ProcessVariable;

/** Process district-report: key, element ids, routes and variables. */
public final class ReportProcess {

    public static final String KEY = "DistrictReport";
    public static final String TASK_PREPARE = "Task_PrepareReport";
    public static final String TASK_SIGN = "Task_SignAndSubmit";
    public static final String TASK_SEND = "Task_SendReport";
    public static final String TASK_REVIEW = "Task_ReviewReport";
    public static final String TASK_REVISE = "Task_ReviseReport";
    public static final String TASK_RECORD_APPROVAL = "Task_RecordApproval";
    public static final String END_APPROVED = "EndEvent_Approved";
    public static final String TASK_REMIND_PREPARER = "Task_RemindPreparer";
    public static final String TASK_ESCALATE_SUBMISSION = "Task_EscalateSubmission";
    public static final String TASK_REMIND_REVIEWER = "Task_RemindReviewer";
    public static final String TASK_ESCALATE_REVIEW = "Task_EscalateReview";

    public static final String PREPARE_ROUTE = "report-prepare";
    public static final String SIGN_ROUTE = "report-sign";
    public static final String REVIEW_ROUTE = "report-review";
    public static final String REVISE_ROUTE = "report-revise";

    public static final ProcessVariable<Long> REPORT_ID = ProcessVariable.id("reportId");
    public static final ProcessVariable<String> REVIEWER_GROUP = ProcessVariable.text("reviewerGroup");
    public static final ProcessVariable<Boolean> APPROVED = ProcessVariable.flag("approved");
    /** 17:00 on the due day (publication + the configured days): the report should be sent by then. */
    public static final ProcessVariable<Instant> DUE_AT = ProcessVariable.instant("dueAt");
    /** One day before {@link #DUE_AT}: the staff are reminded. */
    public static final ProcessVariable<Instant> REMIND_AT = ProcessVariable.instant("remindAt");
    /** Set at each submission: 17:00 after the configured working days. */
    public static final ProcessVariable<Instant> REVIEW_DUE_AT = ProcessVariable.instant("reviewDueAt");
    public static final ProcessVariable<Instant> REVIEW_REMIND_AT = ProcessVariable.instant("reviewRemindAt");

    private ReportProcess() {
    }
}
