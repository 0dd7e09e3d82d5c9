package vn.khaosat.base.tasks;

import java.time.ZonedDateTime;

/** One row of the task inbox. {@code assignee} is null for a group task nobody has claimed. */
public record InboxTask(
        String id,
        String name,
        String processName,
        String communeName,
        ZonedDateTime created,
        ZonedDateTime due,
        String assignee,
        String formKey,
        boolean overdue) {

    public boolean isAssignedTo(String username) {
        return username != null && username.equals(assignee);
    }
}
