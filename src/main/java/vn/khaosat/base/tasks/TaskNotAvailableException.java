package vn.khaosat.base.tasks;

/** The task is not the user's to see or act on, or someone else took or completed it meanwhile. */
public class TaskNotAvailableException extends RuntimeException {

    public TaskNotAvailableException(String message) {
        super(message);
    }
}
