package vn.khaosat.collection.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.theme.lumo.LumoUtility;

import vn.khaosat.base.AppTime;
import vn.khaosat.base.tasks.InboxTask;
import vn.khaosat.base.tasks.TaskInboxService;
import vn.khaosat.base.tasks.ui.TaskScreen;
import vn.khaosat.collection.FeedbackService;
import vn.khaosat.collection.FeedbackView;

/** What both feedback task screens show: the item, its due date and, if the leader returned it, the comment. */
abstract class FeedbackTaskView extends TaskScreen {

    protected final FeedbackService feedback;
    protected FeedbackView item;

    FeedbackTaskView(TaskInboxService inbox, FeedbackService feedback, String titleKey) {
        super(inbox, titleKey);
        this.feedback = feedback;
    }

    @Override
    protected void showTask(InboxTask task) {
        item = feedback.itemOfTask(task.id());
        headingAbout(item.trackingCode());
        Div content = new Div(new Paragraph(item.content()));
        content.addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Background.CONTRAST_5, LumoUtility.BorderRadius.MEDIUM);
        add(title, new Paragraph(getTranslation("feedback.received") + ": " + AppTime.DATE.format(item.receivedOn())
                + " · " + getTranslation("feedback.due") + ": " + AppTime.DATE_TIME.format(item.dueAt().atZone(AppTime.ZONE))
                + (item.contact() == null ? "" : " · " + item.contact())), content);
        showActions();
    }

    protected abstract void showActions();
}
