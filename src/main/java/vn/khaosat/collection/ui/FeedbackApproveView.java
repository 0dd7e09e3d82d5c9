package vn.khaosat.collection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import vn.khaosat.base.tasks.TaskInboxService;
import vn.khaosat.collection.FeedbackProcess;
import vn.khaosat.collection.FeedbackService;

/** Task_ApproveAnswer: the leader approves the answer, or returns it with a comment. */
@Route(FeedbackProcess.APPROVE_ROUTE)
@RolesAllowed("COMMUNE_LEADER")
public class FeedbackApproveView extends FeedbackTaskView {

    TextArea comment;
    Button approve;
    Button sendBack;

    public FeedbackApproveView(TaskInboxService inbox, FeedbackService feedback) {
        super(inbox, feedback);
    }

    @Override
    protected String titleKey() {
        return "feedback.approveTitle";
    }

    @Override
    protected void showActions() {
        comment = area("plan.returnComment");
        errors.field("comment", comment);
        approve = completingButton("feedback.approve", ButtonVariant.LUMO_SUCCESS,
                () -> feedback.approve(task().id(), item.version()), "feedback.approved");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sendBack = completingButton("plan.return", ButtonVariant.LUMO_ERROR,
                () -> feedback.returnAnswer(task().id(), item.version(), comment.getValue()), "plan.returned");
        add(new H3(getTranslation("feedback.answer")), new Paragraph(item.answer()), comment, row(approve, sendBack));
    }
}
