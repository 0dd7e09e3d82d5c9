package vn.khaosat.report.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.khaosat.report.ReportProcess;
import vn.khaosat.report.ReportService;

/** Task_SendReport: the signed report reaches the parent unit; its review's deadline is set. */
@Component("sendReport")
class SendReportDelegate implements JavaDelegate {

    private final ReportService reports;

    SendReportDelegate(ReportService reports) {
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReportService.ReviewDue review = reports.sent(ReportProcess.REPORT_ID.from(execution));
        ReportProcess.REVIEW_DUE_AT.set(execution, review.dueAt());
        ReportProcess.REVIEW_REMIND_AT.set(execution, review.remindAt());
    }
}
