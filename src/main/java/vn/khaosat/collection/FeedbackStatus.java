package vn.khaosat.collection;

public enum FeedbackStatus {
    RECEIVED,
    AWAITING_APPROVAL,
    RETURNED,
    ANSWERED
}
