package vn.khaosat.base.tasks;

/** The orders the inbox sorts in, each done by the database; ties go to the older task. */
public enum InboxSort {
    /** soonest due first (tasks without a due date last, whichever the direction) */
    DUE,
    CREATED,
    NAME
}
