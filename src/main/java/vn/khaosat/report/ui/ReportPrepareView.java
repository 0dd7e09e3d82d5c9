package vn.khaosat.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import vn.khaosat.base.tasks.TaskInboxService;
import vn.khaosat.report.ReportProcess;
import vn.khaosat.report.ReportService;

/** Task_PrepareReport: staff check the document (figures frozen) and edit the narrative. */
@Route(ReportProcess.PREPARE_ROUTE)
@RolesAllowed("COMMUNE_STAFF")
public class ReportPrepareView extends ReportTaskView {

    Button submit;

    public ReportPrepareView(TaskInboxService inbox, ReportService reports) {
        super(inbox, reports, "report.prepareTitle");
    }

    @Override
    protected void showActions() {
        addNarrative();
        submit = completingButton("report.toSign", ButtonVariant.LUMO_PRIMARY,
                () -> reports.prepare(task().id(), report.version(), narrative()), "report.sentToSign");
        add(submit);
    }
}
