package vn.khaosat.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jakarta.annotation.security.RolesAllowed;
import vn.khaosat.base.tasks.InboxTask;
import vn.khaosat.base.tasks.TaskInboxService;
import vn.khaosat.base.tasks.ui.TaskScreen;
import vn.khaosat.base.ui.FormErrors;
import vn.khaosat.plan.PlanService;
import vn.khaosat.plan.PlanView;
import vn.khaosat.plan.SurveyPlanProcess;
import vn.khaosat.plan.TemplateService;
import vn.khaosat.base.ui.Buttons;

/** Task_DraftPlan: the plan editor, with the year's calendar under the form. */
@Route(SurveyPlanProcess.DRAFT_ROUTE)
@RolesAllowed("COMMUNE_STAFF")
public class PlanDraftView extends TaskScreen {

    private final PlanService plans;
    private final TemplateService templates;

    final Div returnComment = new Div();
    final CalendarPreview calendar = new CalendarPreview();
    final Button save = new Button();
    final Button submit = new Button();
    PlanForm form;
    private PlanView plan;

    public PlanDraftView(TaskInboxService inbox, PlanService plans, TemplateService templates) {
        super(inbox, "plan.draftTitle");
        this.plans = plans;
        this.templates = templates;
        returnComment.addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Background.ERROR_10,
                LumoUtility.BorderRadius.MEDIUM, LumoUtility.TextColor.ERROR_CONTRAST);
        save.setText(t("plan.saveDraft"));
        save.addClickListener(e -> save());
        Buttons.primary(submit, t("plan.submit"), this::submit);
    }

    @Override
    protected void showTask(InboxTask task) {
        plan = plans.planOfTask(task.id());
        form = new PlanForm(templates.activeTemplates(), templates.activeFields());
        form.fill(plan.content());
        form.cutOffDay.addValueChangeListener(e -> calendar.show(plan.year(), e.getValue()));
        calendar.show(plan.year(), plan.content().cutOffDay());
        headingAbout(plan.year() + " – " + plan.communeName());
        returnComment.setVisible(plan.returnComment() != null);
        if (plan.returnComment() != null) {
            returnComment.removeAll();
            returnComment.add(new Span(t("plan.returnedWith") + " " + plan.returnComment()));
        }
        add(title, returnComment, form, new H3(t("calendar.title")), calendar, new HorizontalLayout(save, submit));
    }

    void save() {
        form.errors().attempt(this, () -> plans.saveDraft(task().id(), plan.version(), form.read())).ifPresent(saved -> {
            plan = saved;
            FormErrors.success(this, "common.saved");
        });
    }

    void submit() {
        if (form.errors().perform(this, () -> plans.submit(task().id(), plan.version(), form.read()))) {
            finished("plan.submitted");
        }
    }

    private String t(String key) {
        return getTranslation(key);
    }
}
