package vn.khaosat.plan.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import vn.khaosat.base.tasks.InboxTask;
import vn.khaosat.base.tasks.TaskInboxService;
import vn.khaosat.base.tasks.ui.TaskScreen;
import vn.khaosat.plan.NextYearPlanProcess;
import vn.khaosat.plan.PlanService;
import vn.khaosat.plan.FieldView;

/**
 * Task_PlanNextYear: no plan exists for next year yet. The screen says what the new plan will start
 * from (this year's issued plan) and opens the plan editor with it.
 */
@Route(NextYearPlanProcess.ROUTE)
@RolesAllowed("COMMUNE_STAFF")
public class PlanNextYearView extends TaskScreen {

    private final PlanService plans;

    final Paragraph explanation = new Paragraph();
    final Paragraph startingPoint = new Paragraph();
    final Button start = new Button();
    private PlanService.NextYearRequest request;

    public PlanNextYearView(TaskInboxService inbox, PlanService plans) {
        super(inbox);
        this.plans = plans;
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> start());
    }

    @Override
    protected void showTask(InboxTask task) {
        request = plans.nextYearRequestOfTask(task.id());
        title.setText(getTranslation("planNextYear.title", String.valueOf(request.year())) + " – " + request.communeName());
        explanation.setText(getTranslation("planNextYear.explanation", String.valueOf(request.year())));
        startingPoint.setText(request.previous().map(previous -> getTranslation("planNextYear.fromPrevious",
                String.valueOf(previous.year()), previous.content().number(), previous.fields().stream().map(FieldView::nameVi)
                        .collect(Collectors.joining(", "))))
                .orElseGet(() -> getTranslation("planNextYear.fromDefaults")));
        start.setText(request.previous().map(p -> getTranslation("planNextYear.startFromPrevious", String.valueOf(request.year()), String.valueOf(p.year())))
                .orElseGet(() -> getTranslation("planNextYear.start", String.valueOf(request.year()))));
        add(title, explanation, startingPoint, start);
    }

    void start() {
        errors.attempt(this, () -> plans.startDraft(request.year()))
                .ifPresent(draftTask -> getUI().ifPresent(ui -> ui.navigate(PlanDraftView.class, draftTask)));
    }
}
