package vn.khaosat.report;

/** Where a report is in its process. */
public enum ReportStatus {
    /** staff check the document and write the narrative */
    PREPARING,
    /** the leader signs and sends */
    SIGNING,
    /** with the parent unit's reviewers */
    IN_REVIEW,
    /** returned with a comment; staff revise */
    RETURNED,
    APPROVED,
    /** its campaign was cancelled before the report was approved */
    CANCELLED
}
