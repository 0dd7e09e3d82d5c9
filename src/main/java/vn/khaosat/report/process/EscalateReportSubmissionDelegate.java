package vn.khaosat.report.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.khaosat.report.ReportProcess;
import vn.khaosat.report.ReportService;

/** Task_EscalateSubmission: the due date came without the report sent. */
@Component("escalateReportSubmission")
class EscalateReportSubmissionDelegate implements JavaDelegate {

    private final ReportService reports;

    EscalateReportSubmissionDelegate(ReportService reports) {
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reports.escalateSubmission(ReportProcess.REPORT_ID.from(execution));
    }
}
