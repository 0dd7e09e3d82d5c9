package vn.khaosat.plan;

/** Where a plan is in process survey-plan. */
public enum PlanStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    ISSUED
}
