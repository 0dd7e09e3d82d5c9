package vn.khaosat.cycle.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import vn.khaosat.base.tasks.TaskInboxService;
import vn.khaosat.cycle.CycleService;
import vn.khaosat.cycle.Narrative;
import vn.khaosat.cycle.PublicationCycleProcess;

/** Task_ReviewResults: staff read the figures and write the narrative (pre-filled from the last period). */
@Route(PublicationCycleProcess.REVIEW_ROUTE)
@RolesAllowed("COMMUNE_STAFF")
public class CycleReviewView extends CycleTaskView {

    final TextArea strengths = new TextArea();
    final TextArea difficulties = new TextArea();
    final TextArea nextTasks = new TextArea();
    Button submit;

    public CycleReviewView(TaskInboxService inbox, CycleService cycles) {
        super(inbox, cycles);
    }

    @Override
    protected String titleKey() {
        return "cycle.reviewTitle";
    }

    @Override
    protected void showActions() {
        strengths.setLabel(getTranslation("cycle.strengths"));
        difficulties.setLabel(getTranslation("cycle.difficulties"));
        nextTasks.setLabel(getTranslation("cycle.nextTasks"));
        for (TextArea area : new TextArea[] {strengths, difficulties, nextTasks}) {
            area.setWidthFull();
            area.setMaxLength(10_000);
            area.setMinRows(3);
        }
        Narrative narrative = cycle.narrative();
        strengths.setValue(narrative.strengths() == null ? "" : narrative.strengths());
        difficulties.setValue(narrative.difficulties() == null ? "" : narrative.difficulties());
        nextTasks.setValue(narrative.nextTasks() == null ? "" : narrative.nextTasks());
        errors.field("strengths", strengths).field("narrative", nextTasks);
        submit = actionButton("plan.submit", ButtonVariant.LUMO_PRIMARY, () -> {
            if (errors.perform(this, () -> cycles.submitReview(task().id(), cycle.version(),
                    new Narrative(strengths.getValue(), difficulties.getValue(), nextTasks.getValue())))) {
                finished("plan.submitted");
            }
        });
        add(strengths, difficulties, nextTasks, submit);
    }
}
