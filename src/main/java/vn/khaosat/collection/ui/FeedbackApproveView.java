package vn.khaosat.collection.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import vn.khaosat.base.tasks.TaskInboxService;
import vn.khaosat.base.tasks.ui.ApprovalActions;
import vn.khaosat.collection.FeedbackProcess;
import vn.khaosat.collection.FeedbackService;

/** Task_ApproveAnswer: the leader approves the answer, or returns it with a comment. */
@Route(FeedbackProcess.APPROVE_ROUTE)
@RolesAllowed("COMMUNE_LEADER")
public class FeedbackApproveView extends FeedbackTaskView {

    ApprovalActions actions;

    public FeedbackApproveView(TaskInboxService inbox, FeedbackService feedback) {
        super(inbox, feedback, "feedback.approveTitle");
    }

    @Override
    protected void showActions() {
        actions = approvalActions("feedback", () -> feedback.approve(task().id(), item.version()),
                comment -> feedback.returnAnswer(task().id(), item.version(), comment));
        add(new H3(getTranslation("feedback.answer")), new Paragraph(item.answer()), actions);
    }
}
