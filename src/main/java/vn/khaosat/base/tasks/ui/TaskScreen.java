package vn.khaosat.base.tasks.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;

import vn.khaosat.base.tasks.InboxTask;
import vn.khaosat.base.tasks.TaskInboxService;
import vn.khaosat.base.tasks.TaskNotAvailableException;
import vn.khaosat.base.ui.FormErrors;
import vn.khaosat.base.ui.PageTitle;

/**
 * The screen of a user task, opened from the inbox as {@code <formKey>/<taskId>}. It shows the task
 * only to a user who may see it; anyone else goes back to the inbox with a message.
 */
public abstract class TaskScreen extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    protected final TaskInboxService inbox;
    /** Each field's message next to it, and the screen's general ones. */
    protected final FormErrors errors = new FormErrors();
    /** The task's heading: its name, then what it is about. */
    protected final H2 title = new H2();
    private final String titleKey;
    private InboxTask task;

    /** A screen whose heading is written whole by the screen (see {@link #heading()}). */
    protected TaskScreen(TaskInboxService inbox) {
        this(inbox, null);
    }

    /** @param titleKey the bundle key of the task's name, which starts the heading (and so the page title) */
    protected TaskScreen(TaskInboxService inbox, String titleKey) {
        this.inbox = inbox;
        this.titleKey = titleKey;
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

    /** The heading's text, for tests and the page title. */
    public String heading() {
        return title.getText();
    }

    /** The heading: the task's name, then what it is about (a period, a plan's year, a tracking code). */
    protected void headingAbout(String about) {
        title.setText(getTranslation(titleKey) + " " + about);
    }

    @Override
    public String getPageTitle() {
        return PageTitle.withName(this, heading());
    }

    /** Builds the screen for the task the user may work on. */
    protected abstract void showTask(InboxTask task);

    /** A button of the task's screen, labelled from the bundle. */
    protected Button actionButton(String labelKey, ButtonVariant variant, Runnable action) {
        Button button = new Button(getTranslation(labelKey), e -> action.run());
        button.addThemeVariants(variant);
        return button;
    }

    /**
     * A button that does the task's work through its service and, when the service accepted it, says
     * so and goes back to the inbox; a refusal shows next to the fields and nothing changes.
     */
    protected Button completingButton(String labelKey, ButtonVariant variant, Runnable work, String doneKey) {
        return actionButton(labelKey, variant, () -> {
            if (errors.perform(this, work)) {
                finished(doneKey);
            }
        });
    }

    /**
     * Approve or send back with a comment, the texts under that bundle prefix (see {@link ApprovalActions});
     * each does its work through the service as a {@linkplain #completingButton completing button}.
     */
    protected ApprovalActions approvalActions(String keyPrefix, Runnable approve, Consumer<String> sendBack) {
        return new ApprovalActions(this, keyPrefix, approve, sendBack);
    }

    /** The task is done: say so and go back to the inbox. */
    protected void finished(String messageKey) {
        FormErrors.success(this, messageKey);
        getUI().ifPresent(ui -> ui.navigate(MyTasksView.class));
    }
}
