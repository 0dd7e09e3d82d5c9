package vn.khaosat.base.tasks;

/** Which of the user's tasks the inbox lists. */
public enum InboxFilter {
    /** assigned to me, or unassigned in one of my groups */
    ALL,
    /** assigned to me */
    MINE,
    /** unassigned in one of my groups, waiting to be claimed */
    GROUP,
    /** any of ALL whose due date has passed */
    OVERDUE
}
