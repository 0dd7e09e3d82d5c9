package vn.khaosat.cycle;

public enum CycleStatus {
    FINALISING,
    REVIEWING,
    AWAITING_APPROVAL,
    RETURNED,
    APPROVED,
    PUBLISHED,
    /** its campaign was cancelled before it was published */
    CANCELLED
}
