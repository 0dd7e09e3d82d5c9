package vn.khaosat.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import vn.khaosat.base.tasks.TaskInboxService;
import vn.khaosat.report.ReportProcess;
import vn.khaosat.report.ReportService;

/** Task_ReviseReport: staff answer the reviewer's comment; the leader signs again. */
@Route(ReportProcess.REVISE_ROUTE)
@RolesAllowed("COMMUNE_STAFF")
public class ReportReviseView extends ReportTaskView {

    Button submit;

    public ReportReviseView(TaskInboxService inbox, ReportService reports) {
        super(inbox, reports, "report.reviseTitle");
    }

    @Override
    protected void showActions() {
        addNarrative();
        submit = completingButton("report.toSign", ButtonVariant.LUMO_PRIMARY,
                () -> reports.revise(task().id(), report.version(), narrative()), "report.sentToSign");
        add(submit);
    }
}
