package vn.khaosat.report.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.khaosat.report.ReportProcess;
import vn.khaosat.report.ReportService;

/** Task_RecordApproval. */
@Component("recordReportApproval")
class RecordReportApprovalDelegate implements JavaDelegate {

    private final ReportService reports;

    RecordReportApprovalDelegate(ReportService reports) {
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reports.approvalRecorded(ReportProcess.REPORT_ID.from(execution));
    }
}
