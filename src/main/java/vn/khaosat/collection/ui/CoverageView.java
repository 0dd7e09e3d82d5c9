package vn.khaosat.collection.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Function;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jakarta.annotation.security.RolesAllowed;
import vn.khaosat.collection.Coverage;
import vn.khaosat.collection.DossierService;
import vn.khaosat.base.ui.PageTitle;

/** Coverage of the commune's year: responses ÷ dossiers per field and month, red below the plan's target. */
@Route("coverage")
@Menu(title = "menu.coverage", order = 31, icon = "vaadin:chart-grid")
@RolesAllowed("COMMUNE_STAFF")
public class CoverageView extends VerticalLayout implements HasDynamicTitle {

    private final DossierService dossiers;
    private final Clock clock;

    final IntegerField year = new IntegerField();
    final Paragraph target = new Paragraph();
    final Grid<Coverage.FieldRow> grid = new Grid<>(Coverage.FieldRow.class, false);
    Coverage coverage;

    public CoverageView(DossierService dossiers, Clock clock) {
        this.dossiers = dossiers;
        this.clock = clock;
        setSizeFull();
        year.setLabel(t("plan.year"));
        year.setValue(LocalDate.now(clock).getYear());
        year.setStepButtonsVisible(true);
        year.addValueChangeListener(e -> refresh());
        grid.addColumn(Coverage.FieldRow::fieldName).setHeader(t("dossiers.field")).setAutoWidth(true).setFrozen(true);
        for (int m = 0; m < 12; m++) {
            int month = m;
            column(row -> row.months().get(month), t("coverage.month", month + 1), "m" + (month + 1));
        }
        column(Coverage.FieldRow::yearToDate, t("coverage.yearToDate"), "ytd");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.setAllRowsVisible(true);
        add(new H2(t("menu.coverage")), year, target, grid, new Paragraph(t("coverage.help")));
        refresh();
    }

    private void column(Function<Coverage.FieldRow, Coverage.Cell> cell, String header, String key) {
        grid.addComponentColumn(row -> cellText(cell.apply(row))).setHeader(header).setKey(key).setAutoWidth(true);
    }

    Span cellText(Coverage.Cell cell) {
        Span span = new Span(cell.dossiers() == 0 ? (cell.responses() == 0 ? "–" : cell.responses() + "/–")
                : cell.responses() + "/" + cell.dossiers() + " (" + Math.round(cell.rate()) + "%)");
        if (!cell.meets(coverage.target())) {
            span.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.FontWeight.BOLD);
            span.getElement().setAttribute("title", t("coverage.below"));
        }
        return span;
    }

    void refresh() {
        coverage = dossiers.coverage(year.getValue() == null ? LocalDate.now(clock).getYear() : year.getValue());
        target.setText(t("coverage.target", coverage.target()));
        grid.setItems(coverage.fields());
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }

    @Override
    public String getPageTitle() {
        return PageTitle.of(this, "menu.coverage");
    }
}
