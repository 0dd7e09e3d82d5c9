package vn.khaosat.report.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.khaosat.report.ReportProcess;
import vn.khaosat.report.ReportService;

/** Task_RemindPreparer: one day before the report is due. */
@Component("remindReportPreparer")
class RemindReportPreparerDelegate implements JavaDelegate {

    private final ReportService reports;

    RemindReportPreparerDelegate(ReportService reports) {
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reports.remindPreparer(ReportProcess.REPORT_ID.from(execution));
    }
}
