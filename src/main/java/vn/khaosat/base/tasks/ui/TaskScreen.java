package vn.khaosat.base.tasks.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;

import vn.khaosat.base.tasks.InboxTask;
import vn.khaosat.base.tasks.TaskInboxService;
import vn.khaosat.base.tasks.TaskNotAvailableException;

/**
 * The screen of a user task, opened from the inbox as {@code <formKey>/<taskId>}. It shows the task
 * only to a user who may see it; anyone else goes back to the inbox with a message.
 */
public abstract class TaskScreen extends VerticalLayout implements HasUrlParameter<String> {

    protected final TaskInboxService inbox;
    private InboxTask task;

    protected TaskScreen(TaskInboxService inbox) {
        this.inbox = inbox;
    }

    @Override
    public void setParameter(BeforeEvent event, String taskId) {
        try {
            task = inbox.open(taskId);
        } catch (TaskNotAvailableException e) {
            Notification.show(getTranslation("tasks.error.gone"), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            event.forwardTo(MyTasksView.class);
            return;
        }
        showTask(task);
    }

    protected InboxTask task() {
        return task;
    }

    /** Builds the screen for the task the user may work on. */
    protected abstract void showTask(InboxTask task);
}
