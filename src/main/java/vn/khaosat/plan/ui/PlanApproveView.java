package vn.khaosat.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import vn.khaosat.base.tasks.InboxTask;
import vn.khaosat.base.tasks.TaskInboxService;
import vn.khaosat.base.tasks.ui.TaskScreen;
import vn.khaosat.plan.PlanService;
import vn.khaosat.plan.PlanView;
import vn.khaosat.plan.SurveyPlanProcess;

/** Task_ApprovePlan: the leader reads the plan and its document, then approves or returns it with a comment. */
@Route(SurveyPlanProcess.APPROVE_ROUTE)
@RolesAllowed("COMMUNE_LEADER")
public class PlanApproveView extends TaskScreen {

    private final PlanService plans;

    final CalendarPreview calendar = new CalendarPreview();
    final TextArea comment = new TextArea();
    final Button approve = new Button();
    final Button sendBack = new Button();
    private PlanView plan;

    public PlanApproveView(TaskInboxService inbox, PlanService plans) {
        super(inbox);
        this.plans = plans;
        comment.setLabel(t("plan.returnComment"));
        comment.setHelperText(t("plan.returnComment.help"));
        comment.setWidthFull();
        comment.setMaxLength(2000);
        errors.field("comment", comment);
        approve.setText(t("plan.approve"));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        approve.addClickListener(e -> approve());
        sendBack.setText(t("plan.return"));
        sendBack.addThemeVariants(ButtonVariant.LUMO_ERROR);
        sendBack.addClickListener(e -> sendBack());
    }

    @Override
    protected void showTask(InboxTask task) {
        plan = plans.planOfTask(task.id());
        title.setText(t("plan.approveTitle") + " " + plan.year() + " – " + plan.communeName());
        calendar.show(plan.calendar());
        add(title, new PlanSummary(plan, plans), new H3(t("calendar.title")), calendar, comment,
                new HorizontalLayout(approve, sendBack));
    }

    void approve() {
        if (errors.perform(this, () -> plans.approve(task().id(), plan.version()))) {
            finished("plan.approved");
        }
    }

    void sendBack() {
        if (errors.perform(this, () -> plans.returnToDraft(task().id(), plan.version(), comment.getValue()))) {
            finished("plan.returned");
        }
    }

    private String t(String key) {
        return getTranslation(key);
    }

    @Override
    protected String titleKey() {
        return "plan.approveTitle";
    }
}
