package vn.khaosat.cycle;

public enum CycleStatus {
    FINALISING,
    REVIEWING,
    AWAITING_APPROVAL,
    RETURNED,
    APPROVED,
    PUBLISHED
}
