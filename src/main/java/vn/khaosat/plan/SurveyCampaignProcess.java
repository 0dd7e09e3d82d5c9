package vn.khaosat.plan;

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

    public static final String VAR_CAMPAIGN_ID = "campaignId";
    public static final String VAR_CAMPAIGN_YEAR = "campaignYear";
    /** When next year's plan is asked for if it does not exist (app.plan.next-year-request, 07:00). */
    public static final String VAR_NEXT_YEAR_PLAN_AT = "nextYearPlanAt";
    public static final String VAR_HAS_NEXT = "hasNextWorkDate";
    /** When the next period's work opens (the timer's date). */
    public static final String VAR_NEXT_WORK_OPENS_AT = "nextWorkOpensAt";
    /** The publication date that work belongs to (yyyy-MM-dd). */
    public static final String VAR_NEXT_PUBLICATION_DATE = "nextPublicationDate";

    private SurveyCampaignProcess() {
    }

    static String businessKey(int year, String communeCode) {
        return "campaign-" + year + "-" + communeCode;
    }
}
