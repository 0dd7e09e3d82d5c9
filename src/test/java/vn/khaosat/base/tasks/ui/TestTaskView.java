package vn.khaosat.base.tasks.ui;

import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import vn.khaosat.base.tasks.InboxTask;
import vn.khaosat.base.tasks.TaskInboxService;

/** The screen of the test process's user task (form key "test-task"). */
@Route("test-task")
@PermitAll
public class TestTaskView extends TaskScreen {


    public TestTaskView(TaskInboxService inbox) {
        super(inbox);
        add(title);
    }

    @Override
    protected void showTask(InboxTask task) {
        title.setText(task.name() + " – " + task.communeName());
    }
}
