package vn.khaosat.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import vn.khaosat.base.tasks.TaskInboxService;
import vn.khaosat.report.ReportProcess;
import vn.khaosat.report.ReportService;

/** Task_ReviewReport: a reviewer of the parent unit approves the report or returns it with a comment. */
@Route(ReportProcess.REVIEW_ROUTE)
@RolesAllowed("DISTRICT_REVIEWER")
public class ReportReviewView extends ReportTaskView {

    final TextArea comment = new TextArea();
    Button approve;
    Button sendBack;

    public ReportReviewView(TaskInboxService inbox, ReportService reports) {
        super(inbox, reports);
    }

    @Override
    protected String titleKey() {
        return "report.reviewTitle";
    }

    @Override
    protected void showActions() {
        comment.setLabel(getTranslation("report.returnComment"));
        comment.setWidthFull();
        comment.setMaxLength(5_000);
        errors.field("comment", comment);
        approve = completingButton("report.approve", ButtonVariant.LUMO_PRIMARY,
                () -> reports.approve(task().id(), report.version()), "report.approved");
        sendBack = completingButton("report.return", ButtonVariant.LUMO_ERROR,
                () -> reports.returnReport(task().id(), report.version(), comment.getValue()), "report.returned");
        add(comment, new HorizontalLayout(approve, sendBack));
    }
}
