package vn.khaosat.cycle.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.khaosat.cycle.CycleService;
import vn.khaosat.cycle.PublicationCycleProcess;

/** Task_RemindFinaliser. */
@Component("remindCycleFinaliser")
class RemindFinaliserDelegate implements JavaDelegate {

    private final CycleService cycles;

    RemindFinaliserDelegate(CycleService cycles) {
        this.cycles = cycles;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cycles.remindFinaliser(PublicationCycleProcess.CYCLE_ID.from(execution));
    }
}
