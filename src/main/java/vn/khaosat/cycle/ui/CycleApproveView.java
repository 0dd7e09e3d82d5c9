package vn.khaosat.cycle.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import vn.khaosat.base.tasks.TaskInboxService;
import vn.khaosat.base.tasks.ui.ApprovalActions;
import vn.khaosat.cycle.CycleService;
import vn.khaosat.cycle.PublicationCycleProcess;

/** Task_ApprovePublication: the leader approves the figures and narrative, or returns them with a comment. */
@Route(PublicationCycleProcess.APPROVE_ROUTE)
@RolesAllowed("COMMUNE_LEADER")
public class CycleApproveView extends CycleTaskView {

    ApprovalActions actions;

    public CycleApproveView(TaskInboxService inbox, CycleService cycles) {
        super(inbox, cycles, "cycle.approveTitle");
    }

    @Override
    protected void showActions() {
        add(new H3(getTranslation("cycle.strengths")), new Paragraph(text(cycle.narrative().strengths())),
                new H3(getTranslation("cycle.difficulties")), new Paragraph(text(cycle.narrative().difficulties())),
                new H3(getTranslation("cycle.nextTasks")), new Paragraph(text(cycle.narrative().nextTasks())));
        actions = approvalActions("cycle", () -> cycles.approve(task().id(), cycle.version()),
                comment -> cycles.returnForReview(task().id(), cycle.version(), comment));
        add(actions);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? "–" : value;
    }
}
