package vn.khaosat.plan;

import java.time.Instant;
import java.time.LocalDate;

import vn.khaosat.base.ProcessVariable;

/** Process survey-campaign: its key, element ids, message and variables. */
public final class SurveyCampaignProcess {

    public static final String KEY = "SurveyCampaign";
    public static final String TASK_NEXT_DATE = "Task_FindNextWorkDate";
    public static final String TIMER_WORK_OPENS = "Timer_WorkOpens";
    public static final String TASK_OPEN_WORK = "Task_OpenPeriodWork";
    /** Asynchronous: the cycle starts in a job of its own, so a failing start leaves the opening done. */
    public static final String TASK_START_CYCLE = "Task_StartPeriodCycle";
    public static final String END_COMPLETED = "EndEvent_CampaignCompleted";
    public static final String END_CANCELLED = "EndEvent_CampaignCancelled";
    public static final String MESSAGE_CANCEL = "CampaignCancelRequested";

    public static final String TIMER_NEXT_YEAR_PLAN = "Timer_NextYearPlanDue";
    public static final String TASK_REQUEST_NEXT_YEAR_PLAN = "Task_RequestNextYearPlan";

    public static final ProcessVariable<Long> CAMPAIGN_ID = ProcessVariable.id("campaignId");
    public static final ProcessVariable<Integer> CAMPAIGN_YEAR = ProcessVariable.number("campaignYear");
    /** When next year's plan is asked for if it does not exist (app.plan.next-year-request, 07:00). */
    public static final ProcessVariable<Instant> NEXT_YEAR_PLAN_AT = ProcessVariable.instant("nextYearPlanAt");
    public static final ProcessVariable<Boolean> HAS_NEXT = ProcessVariable.flag("hasNextWorkDate");
    /** When the next period's work opens (the timer's date). */
    public static final ProcessVariable<Instant> NEXT_WORK_OPENS_AT = ProcessVariable.instant("nextWorkOpensAt");
    /** The publication date that work belongs to (yyyy-MM-dd). */
    public static final ProcessVariable<LocalDate> NEXT_PUBLICATION_DATE = ProcessVariable.date("nextPublicationDate");

    private SurveyCampaignProcess() {
    }

    static String businessKey(int year, String communeCode) {
        return "campaign-" + year + "-" + communeCode;
    }
}
