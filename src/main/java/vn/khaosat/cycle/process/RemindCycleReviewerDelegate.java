package vn.khaosat.cycle.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.khaosat.cycle.CycleService;
import vn.khaosat.cycle.PublicationCycleProcess;

/** Task_RemindReviewer. */
@Component("remindCycleReviewer")
class RemindCycleReviewerDelegate implements JavaDelegate {

    private final CycleService cycles;

    RemindCycleReviewerDelegate(CycleService cycles) {
        this.cycles = cycles;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cycles.remindReviewer(PublicationCycleProcess.CYCLE_ID.from(execution));
    }
}
