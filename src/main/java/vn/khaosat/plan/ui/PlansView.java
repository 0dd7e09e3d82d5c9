package vn.khaosat.plan.ui;

import java.time.Clock;
import java.time.LocalDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import vn.khaosat.base.CurrentUser;
import vn.khaosat.base.ui.FormErrors;
import vn.khaosat.plan.PlanService;
import vn.khaosat.plan.PlanView;
import vn.khaosat.base.ui.PageTitle;
import vn.khaosat.base.ui.Buttons;

/** The survey plans within the user's reach; commune staff start the year's plan here. */
@Route("plans")
@Menu(title = "menu.plans", order = 10, icon = "vaadin:file-text-o")
@RolesAllowed({"COMMUNE_STAFF", "COMMUNE_LEADER", "DISTRICT_REVIEWER", "ADMIN"})
public class PlansView extends VerticalLayout implements HasDynamicTitle {

    private final PlanService plans;

    final Grid<PlanView> grid = new Grid<>(PlanView.class, false);
    final IntegerField year = new IntegerField();
    final Button create = new Button();
    private final FormErrors errors = new FormErrors();

    public PlansView(PlanService plans, CurrentUser currentUser, Clock clock) {
        this.plans = plans;
        setSizeFull();

        grid.addColumn(PlanView::year).setHeader(t("plan.year")).setAutoWidth(true);
        grid.addColumn(PlanView::communeName).setHeader(t("tasks.column.commune"));
        grid.addColumn(p -> p.content().number()).setHeader(t("plan.number")).setAutoWidth(true);
        grid.addColumn(p -> t("planStatus." + p.status().name())).setHeader(t("plan.status")).setAutoWidth(true);
        grid.addColumn(p -> p.template().nameVi()).setHeader(t("plan.template")).setFlexGrow(2);
        grid.addColumn(p -> "> " + p.content().coverageTarget() + " %").setHeader(t("plan.coverageTarget"))
                .setAutoWidth(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(PlanDetailView.class, e.getItem().id())));
        grid.setSizeFull();

        year.setLabel(t("plan.year"));
        year.setValue(LocalDate.now(clock).getYear());
        year.setStepButtonsVisible(true);
        errors.field("year", year);
        Buttons.primary(create, t("plan.new"), this::create);
        HorizontalLayout toolbar = new HorizontalLayout(year, create);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        // only commune staff start a plan
        year.setVisible(currentUser.hasRole("COMMUNE_STAFF"));
        create.setVisible(year.isVisible());

        add(new H2(t("menu.plans")), toolbar, grid);
        grid.setItems(plans.visiblePlans());
    }

    void create() {
        errors.attempt(this, () -> plans.startDraft(year.getValue() == null ? 0 : year.getValue()))
                .ifPresent(taskId -> getUI().ifPresent(ui -> ui.navigate(PlanDraftView.class, taskId)));
    }

    private String t(String key) {
        return getTranslation(key);
    }

    @Override
    public String getPageTitle() {
        return PageTitle.of(this, "menu.plans");
    }

}
