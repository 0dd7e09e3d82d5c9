package vn.khaosat.plan.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import vn.khaosat.base.tasks.InboxTask;
import vn.khaosat.base.tasks.TaskInboxService;
import vn.khaosat.base.tasks.ui.ApprovalActions;
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
    ApprovalActions actions;
    private PlanView plan;

    public PlanApproveView(TaskInboxService inbox, PlanService plans) {
        super(inbox, "plan.approveTitle");
        this.plans = plans;
    }

    @Override
    protected void showTask(InboxTask task) {
        plan = plans.planOfTask(task.id());
        headingAbout(plan.year() + " – " + plan.communeName());
        calendar.show(plan.calendar());
        actions = approvalActions("plan", () -> plans.approve(task().id(), plan.version()),
                comment -> plans.returnToDraft(task().id(), plan.version(), comment));
        add(title, new PlanSummary(plan, plans), new H3(getTranslation("calendar.title")), calendar, actions);
    }
}
