package vn.khaosat.collection.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.khaosat.collection.FeedbackProcess;
import vn.khaosat.collection.FeedbackService;

/** Task_RemindHandler: the reminder two working days before the due date. */
@Component("remindFeedbackHandler")
class RemindHandlerDelegate implements JavaDelegate {

    private final FeedbackService feedback;

    RemindHandlerDelegate(FeedbackService feedback) {
        this.feedback = feedback;
    }

    @Override
    public void execute(DelegateExecution execution) {
        feedback.remind(FeedbackProcess.FEEDBACK_ID.from(execution));
    }
}
