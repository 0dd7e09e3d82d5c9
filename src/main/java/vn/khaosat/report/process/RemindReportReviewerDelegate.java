package vn.khaosat.report.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.khaosat.report.ReportProcess;
import vn.khaosat.report.ReportService;

/** Task_RemindReviewer: the review is due tomorrow. */
@Component("remindReportReviewer")
class RemindReportReviewerDelegate implements JavaDelegate {

    private final ReportService reports;

    RemindReportReviewerDelegate(ReportService reports) {
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reports.remindReviewer(ReportProcess.REPORT_ID.from(execution));
    }
}
