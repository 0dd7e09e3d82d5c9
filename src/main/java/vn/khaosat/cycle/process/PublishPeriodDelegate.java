package vn.khaosat.cycle.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.khaosat.cycle.CycleService;
import vn.khaosat.cycle.PublicationCycleProcess;

/** Task_Publish. */
@Component("publishPeriod")
class PublishPeriodDelegate implements JavaDelegate {

    private final CycleService cycles;

    PublishPeriodDelegate(CycleService cycles) {
        this.cycles = cycles;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean reportDue = cycles.publish(PublicationCycleProcess.CYCLE_ID.from(execution));
        PublicationCycleProcess.REPORT_DUE.set(execution, reportDue);
    }
}
