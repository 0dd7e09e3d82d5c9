package vn.khaosat.plan;

import java.time.Instant;

import vn.khaosat.base.ProcessVariable;

/** Process next-year-plan: asks a commune's staff in time for next year's plan. Its key, ids, messages and variables. */
public final class NextYearPlanProcess {

    public static final String KEY = "NextYearPlan";
    /** Starts the process (sent by survey-campaign's Task_RequestNextYearPlan). */
    public static final String MESSAGE_REQUESTED = "NextYearPlanRequested";
    /** Ends its task: next year's plan was drafted, from its screen or the plans screen. */
    public static final String MESSAGE_PLAN_STARTED = "NextYearPlanStarted";
    public static final String TASK_PLAN = "Task_PlanNextYear";
    public static final String TIMER_REMINDER = "Timer_WeeklyReminder";
    public static final String TASK_REMIND = "Task_RemindNextYearPlan";
    public static final String TIMER_OVERDUE = "Timer_NextYearPlanOverdue";
    public static final String TASK_ESCALATE = "Task_EscalateNextYearPlan";
    public static final String END_PLAN_STARTED = "EndEvent_NextYearPlanStarted";

    public static final String ROUTE = "plan-next-year";

    /** The year the plan is asked for. */
    public static final ProcessVariable<Integer> PLAN_YEAR = ProcessVariable.number("planYear");
    /** When the leader is alerted if no plan was drafted (1 December of the year before, 07:00). */
    public static final ProcessVariable<Instant> DUE_AT = ProcessVariable.instant("dueAt");

    private NextYearPlanProcess() {
    }

    public static String businessKey(int year, String communeCode) {
        return "next-plan-" + year + "-" + communeCode;
    }
}
