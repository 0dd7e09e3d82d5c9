package vn.khaosat.collection.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.khaosat.collection.FeedbackProcess;
import vn.khaosat.collection.FeedbackService;

/** Task_NotifyAnswer: the approved answer is recorded as given. */
@Component("notifyFeedbackAnswer")
class NotifyAnswerDelegate implements JavaDelegate {

    private final FeedbackService feedback;

    NotifyAnswerDelegate(FeedbackService feedback) {
        this.feedback = feedback;
    }

    @Override
    public void execute(DelegateExecution execution) {
        feedback.notifyAnswer(FeedbackProcess.FEEDBACK_ID.from(execution));
    }
}
