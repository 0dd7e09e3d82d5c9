package vn.khaosat.cycle.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import vn.khaosat.base.tasks.TaskInboxService;
import vn.khaosat.cycle.CycleService;
import vn.khaosat.cycle.PublicationCycleProcess;

/**
 * Task_AcknowledgeCoverage: the data were finalised with a field's coverage at or under the plan's
 * target; the leader sees the figures and says why (the reason stays with the cycle).
 */
@Route(PublicationCycleProcess.COVERAGE_ROUTE)
@RolesAllowed("COMMUNE_LEADER")
public class CycleCoverageView extends CycleTaskView {

    final TextArea reason = new TextArea();
    Button acknowledge;

    public CycleCoverageView(TaskInboxService inbox, CycleService cycles) {
        super(inbox, cycles, "cycle.coverageTitle");
    }

    @Override
    protected void showActions() {
        reason.setLabel(getTranslation("cycle.coverageReason"));
        reason.setWidthFull();
        reason.setMaxLength(2_000);
        reason.setRequiredIndicatorVisible(true);
        errors.field("reason", reason);
        acknowledge = completingButton("cycle.acknowledge", ButtonVariant.LUMO_PRIMARY,
                () -> cycles.acknowledgeCoverage(task().id(), cycle.version(), reason.getValue()), "cycle.acknowledged");
        add(new Paragraph(getTranslation("cycle.coverageHelp")), reason, acknowledge);
    }
}
