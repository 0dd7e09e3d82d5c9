package vn.khaosat.report.ui;

import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import vn.khaosat.base.tasks.TaskInboxService;
import vn.khaosat.base.tasks.ui.ApprovalActions;
import vn.khaosat.report.ReportProcess;
import vn.khaosat.report.ReportService;

/** Task_ReviewReport: a reviewer of the parent unit approves the report or returns it with a comment. */
@Route(ReportProcess.REVIEW_ROUTE)
@RolesAllowed("DISTRICT_REVIEWER")
public class ReportReviewView extends ReportTaskView {

    ApprovalActions actions;

    public ReportReviewView(TaskInboxService inbox, ReportService reports) {
        super(inbox, reports, "report.reviewTitle");
    }

    @Override
    protected void showActions() {
        actions = approvalActions("report", () -> reports.approve(task().id(), report.version()),
                comment -> reports.returnReport(task().id(), report.version(), comment));
        add(actions);
    }
}
