package vn.khaosat.cycle.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import vn.khaosat.base.tasks.TaskInboxService;
import vn.khaosat.cycle.CycleService;
import vn.khaosat.cycle.PublicationCycleProcess;

/** Task_ReviewResults: staff read the figures and write the narrative (pre-filled from the last period). */
@Route(PublicationCycleProcess.REVIEW_ROUTE)
@RolesAllowed("COMMUNE_STAFF")
public class CycleReviewView extends CycleTaskView {

    NarrativeFields narrative;
    Button submit;

    public CycleReviewView(TaskInboxService inbox, CycleService cycles) {
        super(inbox, cycles, "cycle.reviewTitle");
    }

    @Override
    protected void showActions() {
        narrative = new NarrativeFields(cycle.narrative(), errors);
        submit = completingButton("plan.submit", ButtonVariant.LUMO_PRIMARY,
                () -> cycles.submitReview(task().id(), cycle.version(),
                    narrative.read()), "plan.submitted");
        add(narrative, submit);
    }
}
