package vn.khaosat.plan;

import vn.khaosat.base.ProcessVariable;

/** Process survey-plan: its key, element ids and variables, in one place. */
public final class SurveyPlanProcess {

    public static final String KEY = "SurveyPlan";
    public static final String TASK_DRAFT = "Task_DraftPlan";
    public static final String TASK_APPROVE = "Task_ApprovePlan";
    public static final String TASK_ISSUE = "Task_IssuePlan";
    public static final String TASK_START_CAMPAIGN = "Task_StartCampaign";
    public static final String END_ISSUED = "EndEvent_PlanIssued";

    /** Routes of the user tasks' screens (their form keys). */
    public static final String DRAFT_ROUTE = "plan-draft";
    public static final String APPROVE_ROUTE = "plan-approve";

    public static final ProcessVariable<Long> PLAN_ID = ProcessVariable.id("planId");
    /** The leader's decision at Task_ApprovePlan. */
    public static final ProcessVariable<Boolean> APPROVED = ProcessVariable.flag("approved");

    private SurveyPlanProcess() {
    }

    static String businessKey(int year, String communeCode) {
        return "plan-" + year + "-" + communeCode;
    }
}
