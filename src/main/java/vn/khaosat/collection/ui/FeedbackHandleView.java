package vn.khaosat.collection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jakarta.annotation.security.RolesAllowed;
import vn.khaosat.base.tasks.TaskInboxService;
import vn.khaosat.collection.FeedbackProcess;
import vn.khaosat.collection.FeedbackService;

/** Task_HandleFeedback: commune staff write the answer. */
@Route(FeedbackProcess.HANDLE_ROUTE)
@RolesAllowed("COMMUNE_STAFF")
public class FeedbackHandleView extends FeedbackTaskView {

    TextArea answer;
    Button submit;

    public FeedbackHandleView(TaskInboxService inbox, FeedbackService feedback) {
        super(inbox, feedback, "feedback.handleTitle");
    }

    @Override
    protected void showActions() {
        if (item.returnComment() != null) {
            Paragraph returned = new Paragraph(getTranslation("plan.returnedWith") + " " + item.returnComment());
            returned.addClassNames(LumoUtility.TextColor.ERROR);
            add(returned);
        }
        answer = new TextArea(getTranslation("feedback.answer"));
        answer.setWidthFull();
        answer.setMaxLength(FeedbackService.MAX_CONTENT);
        answer.setMinRows(3);
        if (item.answer() != null) {
            answer.setValue(item.answer());
        }
        errors.field("answer", answer);
        submit = completingButton("plan.submit", ButtonVariant.LUMO_PRIMARY,
                () -> feedback.answer(task().id(), item.version(), answer.getValue()), "plan.submitted");
        add(answer, submit);
    }
}
