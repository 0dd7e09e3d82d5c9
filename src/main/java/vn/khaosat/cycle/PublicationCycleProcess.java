package vn.khaosat.cycle;

import java.time.Instant;

import vn.khaosat.base.ProcessVariable;

/** Process publication-cycle: key, element ids, routes and variables. */
public final class PublicationCycleProcess {

    public static final String KEY = "PublicationCycle";
    public static final String TASK_FINALISE = "Task_FinaliseData";
    public static final String TASK_ACKNOWLEDGE_COVERAGE = "Task_AcknowledgeCoverage";
    public static final String END_COVERAGE_ACKNOWLEDGED = "EndEvent_CoverageAcknowledged";
    public static final String END_COVERAGE_MET = "EndEvent_CoverageMet";
    public static final String TASK_AGGREGATE = "Task_Aggregate";
    public static final String TASK_REVIEW = "Task_ReviewResults";
    public static final String TASK_APPROVE = "Task_ApprovePublication";
    public static final String TIMER_PUBLICATION = "Timer_PublicationDate";
    public static final String TASK_PUBLISH = "Task_Publish";
    public static final String END_PUBLISHED = "EndEvent_Published";
    public static final String TASK_START_REPORT = "Task_StartReport";
    public static final String END_REPORT_STARTED = "EndEvent_ReportStarted";
    public static final String TIMER_REVIEW_REMINDER = "Timer_ReviewReminder";
    public static final String TASK_REMIND_REVIEWER = "Task_RemindReviewer";
    public static final String TIMER_APPROVAL_DUE = "Timer_ApprovalDue";
    public static final String TASK_ESCALATE_APPROVAL = "Task_EscalateApproval";
    public static final String TIMER_FINALISE_REMINDER = "Timer_FinaliseReminder";
    public static final String TASK_REMIND_FINALISER = "Task_RemindFinaliser";
    public static final String TIMER_FINALISE_OVERDUE = "Timer_FinaliseOverdue";
    public static final String TASK_ESCALATE_FINALISE = "Task_EscalateFinalise";
    public static final String TIMER_REVIEW_OVERDUE = "Timer_ReviewOverdue";
    public static final String TASK_ESCALATE_REVIEW = "Task_EscalateReview";

    public static final String FINALISE_ROUTE = "cycle-finalise";
    public static final String REVIEW_ROUTE = "cycle-review";
    public static final String APPROVE_ROUTE = "cycle-approve";
    public static final String COVERAGE_ROUTE = "cycle-coverage";

    public static final ProcessVariable<Long> CYCLE_ID = ProcessVariable.id("cycleId");
    public static final ProcessVariable<Long> CAMPAIGN_ID = ProcessVariable.id("campaignId");
    public static final ProcessVariable<Boolean> APPROVED = ProcessVariable.flag("approved");
    /** Set when the data are finalised: some field's coverage is at or under the plan's target. */
    public static final ProcessVariable<Boolean> COVERAGE_BELOW_TARGET = ProcessVariable.flag("coverageBelowTarget");
    /** Set at publication: the date publishes a period the plan reports upwards. */
    public static final ProcessVariable<Boolean> REPORT_DUE = ProcessVariable.flag("reportDue");
    /** 08:00 on the 28th, Asia/Ho_Chi_Minh. */
    public static final ProcessVariable<Instant> PUBLISH_AT = ProcessVariable.instant("publishAt");

    private PublicationCycleProcess() {
    }
}
