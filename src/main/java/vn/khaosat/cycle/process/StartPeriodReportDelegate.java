package vn.khaosat.cycle.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.khaosat.cycle.CycleService;
import vn.khaosat.cycle.PublicationCycleProcess;

/** Task_StartReport. */
@Component("startPeriodReport")
class StartPeriodReportDelegate implements JavaDelegate {

    private final CycleService cycles;

    StartPeriodReportDelegate(CycleService cycles) {
        this.cycles = cycles;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cycles.startReport(PublicationCycleProcess.CYCLE_ID.from(execution));
    }
}
