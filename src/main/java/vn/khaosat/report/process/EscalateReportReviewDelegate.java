package vn.khaosat.report.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.khaosat.report.ReportProcess;
import vn.khaosat.report.ReportService;

/** Task_EscalateReview: the review is overdue. */
@Component("escalateReportReview")
class EscalateReportReviewDelegate implements JavaDelegate {

    private final ReportService reports;

    EscalateReportReviewDelegate(ReportService reports) {
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reports.escalateReview(ReportProcess.REPORT_ID.from(execution));
    }
}
