package vn.khaosat.collection;

/** Where a feedback item came from (source 003): the suggestion box, typed in by staff, or online. */
public enum FeedbackSource {
    SUGGESTION_BOX,
    IN_PERSON,
    ONLINE
}
