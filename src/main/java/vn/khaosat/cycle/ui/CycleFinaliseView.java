package vn.khaosat.cycle.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import vn.khaosat.base.tasks.TaskInboxService;
import vn.khaosat.cycle.CycleService;
import vn.khaosat.cycle.PublicationCycleProcess;

/** Task_FinaliseData: staff enter the last paper forms and dossier counts, check the figures, confirm. */
@Route(PublicationCycleProcess.FINALISE_ROUTE)
@RolesAllowed("COMMUNE_STAFF")
public class CycleFinaliseView extends CycleTaskView {

    Button confirm;

    public CycleFinaliseView(TaskInboxService inbox, CycleService cycles) {
        super(inbox, cycles, "cycle.finaliseTitle");
    }

    @Override
    protected void showActions() {
        confirm = completingButton("cycle.confirmFinalise", ButtonVariant.LUMO_PRIMARY,
                () -> cycles.finalise(task().id(), cycle.version()), "cycle.finalised");
        add(new Paragraph(getTranslation("cycle.finaliseHelp")), confirm);
    }
}
