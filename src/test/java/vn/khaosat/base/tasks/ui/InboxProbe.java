package vn.khaosat.base.tasks.ui;

import java.util.List;

import vn.khaosat.base.tasks.InboxTask;

/** The rows of the task inbox, for tests outside its package (the demo's). */
public final class InboxProbe {

    private InboxProbe() {
    }

    public static List<InboxTask> rows(MyTasksView view) {
        return view.grid.getGenericDataView().getItems().toList();
    }
}
