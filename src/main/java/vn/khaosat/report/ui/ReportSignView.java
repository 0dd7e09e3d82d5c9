package vn.khaosat.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import vn.khaosat.base.tasks.TaskInboxService;
import vn.khaosat.report.ReportProcess;
import vn.khaosat.report.ReportService;

/** Task_SignAndSubmit: the leader reads the document and sends it to the parent unit. */
@Route(ReportProcess.SIGN_ROUTE)
@RolesAllowed("COMMUNE_LEADER")
public class ReportSignView extends ReportTaskView {

    Button sign;

    public ReportSignView(TaskInboxService inbox, ReportService reports) {
        super(inbox, reports, "report.signTitle");
    }

    @Override
    protected void showActions() {
        sign = completingButton("report.sign", ButtonVariant.LUMO_PRIMARY,
                () -> reports.signAndSubmit(task().id(), report.version()), "report.sent");
        add(sign);
    }
}
