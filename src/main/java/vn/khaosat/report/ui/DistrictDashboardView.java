package vn.khaosat.report.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import vn.khaosat.base.ui.Chart;
import vn.khaosat.base.ui.Downloads;
import vn.khaosat.cycle.ResultsDocumentTable;
import vn.khaosat.org.UnitView;
import vn.khaosat.plan.PeriodType;
import vn.khaosat.plan.PublicationCalendar;
import vn.khaosat.report.ConsolidatedTable;
import vn.khaosat.report.DashboardStatus;
import vn.khaosat.report.DistrictDashboard;
import vn.khaosat.report.DistrictService;
import vn.khaosat.base.ui.PageTitle;

/**
 * The parent unit's dashboard for a reported period: every commune with its reporting status,
 * satisfaction overall and per field, coverage, grade and rank; charts; the consolidated table.
 */
@Route("district")
@Menu(title = "menu.district", order = 50, icon = "vaadin:dashboard")
@RolesAllowed({"DISTRICT_REVIEWER", "ADMIN"})
public class DistrictDashboardView extends VerticalLayout implements HasDynamicTitle {

    private final DistrictService district;

    final Select<UnitView> unit = new Select<>();
    final IntegerField year = new IntegerField();
    final Select<PeriodType> period = new Select<>();
    final ComboBox<DashboardStatus> status = new ComboBox<>();
    final Paragraph summary = new Paragraph();
    final Grid<DistrictDashboard.Row> grid = new Grid<>();
    final Grid<ConsolidatedTable.Line> consolidated = new Grid<>();
    final Div charts = new Div();
    final List<Chart> shownCharts = new ArrayList<>();
    final HorizontalLayout downloads = new HorizontalLayout();
    DistrictDashboard dashboard;

    public DistrictDashboardView(DistrictService district, Clock clock) {
        this.district = district;
        setWidthFull();
        unit.setLabel(t("district.unit"));
        unit.setItemLabelGenerator(UnitView::name);
        List<UnitView> units = district.reviewableUnits();
        unit.setItems(units);
        year.setLabel(t("plan.year"));
        year.setStepButtonsVisible(true);
        LocalDateTime now = LocalDateTime.now(clock);
        Map.Entry<Integer, PeriodType> latest = DistrictService.latestPublished(now);
        year.setValue(latest.getKey());
        period.setLabel(t("results.period"));
        period.setItems(PeriodType.QUARTER_I, PeriodType.SIX_MONTHS, PeriodType.QUARTER_III, PeriodType.YEAR);
        period.setItemLabelGenerator(p -> t("period." + p.name()));
        period.setValue(latest.getValue());
        status.setLabel(t("district.status"));
        status.setItems(DashboardStatus.values());
        status.setItemLabelGenerator(s -> t("district.status." + s.name()));
        status.setClearButtonVisible(true);
        status.setPlaceholder(t("district.allStatuses"));

        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.setAllRowsVisible(true);
        // the rates per field (ten fields would not fit beside the rest) open under a commune's row
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::fieldDetails));
        grid.setDetailsVisibleOnClick(true);
        consolidated.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        consolidated.setAllRowsVisible(true);
        consolidated.setPartNameGenerator(l -> l.total() ? "total" : null);

        HorizontalLayout filters = new HorizontalLayout(unit, year, period, status);
        filters.setWrap(true);
        add(new H2(t("menu.district")), filters);
        if (units.isEmpty()) {
            add(new Paragraph(t("district.noUnits")));
            return;
        }
        Span hint = new Span(t("district.detailsHint"));
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        add(summary, hint, grid, charts, new H3(t("district.consolidated")), downloads, consolidated);
        unit.setValue(units.get(0));
        unit.addValueChangeListener(e -> refresh());
        year.addValueChangeListener(e -> refresh());
        period.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> showRows());
        refresh();
    }

    void refresh() {
        if (unit.getValue() == null || year.getValue() == null || period.getValue() == null) {
            return;
        }
        dashboard = district.dashboard(unit.getValue().code(), year.getValue(), period.getValue());
        buildColumns();
        showRows();
        StringBuilder counts = new StringBuilder(t("district.summary", dashboard.periodName(), dashboard.rows().size()));
        for (DashboardStatus s : DashboardStatus.values()) {
            long n = dashboard.count(s);
            if (n > 0) {
                counts.append(" ").append(t("district.status." + s.name())).append(": ").append(n).append(";");
            }
        }
        summary.setText(counts.toString());
        showCharts();
        showConsolidated();
    }

    private void buildColumns() {
        grid.removeAllColumns();
        grid.addColumn(r -> r.rank() == null ? "–" : String.valueOf(r.rank())).setHeader(t("district.rank"))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(DistrictDashboard.Row::communeName).setHeader(t("district.commune")).setAutoWidth(true);
        // a Lit template, not a component per row: the grid shows the district's communes at once (B8)
        grid.addColumn(LitRenderer.<DistrictDashboard.Row>of("<span theme=\"${item.theme}\">${item.status}</span>")
                .withProperty("status", this::statusText).withProperty("theme", DistrictDashboardView::statusTheme))
                .setHeader(t("district.status")).setAutoWidth(true).setKey("status");
        grid.addColumn(r -> ResultsDocumentTable.percent(r.overallRate())).setHeader(t("results.overall"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setKey("overall");
        grid.addColumn(r -> ResultsDocumentTable.percent(r.lastYearRate()))
                .setHeader(t("district.lastYear", String.valueOf(year.getValue() - 1))).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setKey("lastYear");
        grid.addColumn(r -> r.change() == null ? "–" : String.format(Locale.ROOT, "%+.1f", r.change()).replace('.', ','))
                .setHeader(t("district.change")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setKey("change");
        grid.addColumn(r -> r.coverage() == null ? "–" : ResultsDocumentTable.percent(r.coverage()) + " / "
                + r.coverageTarget() + "%").setHeader(t("district.coverage")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(r -> r.grade() == null ? "–" : t("grade." + r.grade().name())).setHeader(t("district.grade"))
                .setAutoWidth(true).setKey("grade");
    }

    private void showRows() {
        grid.setItems(dashboard.rows().stream()
                .filter(r -> status.getValue() == null || r.status() == status.getValue()).toList());
    }

    /** A commune's rate per field, opened by clicking its row. */
    private Div fieldDetails(DistrictDashboard.Row row) {
        Div details = new Div(links(row));
        details.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs) var(--lumo-space-l)")
                .set("padding", "var(--lumo-space-xs) var(--lumo-space-m)");
        if (row.fieldRates().isEmpty()) {
            details.add(new Span(t("district.noFigures")));
        }
        for (Map.Entry<String, String> field : dashboard.fields().entrySet()) {
            Double rate = row.fieldRates().get(field.getKey());
            if (rate != null) {
                details.add(new Span(field.getValue() + ": " + ResultsDocumentTable.percent(rate) + "%"));
            }
        }
        return details;
    }

    private String statusText(DistrictDashboard.Row row) {
        return t("district.status." + row.status().name())
                + (row.late() && row.status() != DashboardStatus.LATE ? " (" + t("report.lateShort") + ")" : "");
    }

    private static String statusTheme(DistrictDashboard.Row row) {
        return switch (row.status()) {
            case APPROVED -> "badge success";
            case LATE, MISSING, RETURNED -> "badge error";
            case SUBMITTED -> "badge";
            case DUE, NOT_DUE, CANCELLED -> "badge contrast";
        };
    }

    private HorizontalLayout links(DistrictDashboard.Row row) {
        HorizontalLayout links = new HorizontalLayout();
        if (row.overallRate() != null || row.rank() != null) {
            links.add(new Anchor("cong-khai/" + row.communeCode().toLowerCase(Locale.ROOT), t("district.results")));
        }
        if (row.reportId() != null) {
            links.add(new Anchor("bao-cao/" + row.reportId(), t("district.report")));
        }
        return links;
    }

    private void showCharts() {
        charts.removeAll();
        shownCharts.clear();
        List<DistrictDashboard.Row> withFigures = dashboard.rows().stream().filter(r -> r.overallRate() != null).toList();
        String thisYear = String.valueOf(year.getValue());
        String lastYear = String.valueOf(year.getValue() - 1);
        if (!withFigures.isEmpty()) {
            shownCharts.add(new Chart(t("district.chartByCommune"), Chart.Kind.BAR,
                    withFigures.stream().map(DistrictDashboard.Row::communeName).toList(),
                    List.of(new Chart.Series(t("district.yearSeries", thisYear),
                                    withFigures.stream().map(DistrictDashboard.Row::overallRate).toList()),
                            new Chart.Series(t("district.yearSeries", lastYear),
                                    withFigures.stream().map(DistrictDashboard.Row::lastYearRate).toList())),
                    "%", null, t("chart.table")));
        }
        List<PeriodType> periods = List.of(PeriodType.QUARTER_I, PeriodType.SIX_MONTHS, PeriodType.QUARTER_III,
                PeriodType.YEAR).stream().filter(p -> dashboard.trend().containsKey(p)
                        || dashboard.lastYearTrend().containsKey(p)).toList();
        if (periods.size() > 1) {
            shownCharts.add(new Chart(t("district.chartTrend"), Chart.Kind.LINE,
                    periods.stream().map(p -> t("period." + p.name())).toList(),
                    List.of(new Chart.Series(t("district.yearSeries", thisYear),
                                    periods.stream().map(p -> dashboard.trend().get(p)).toList()),
                            new Chart.Series(t("district.yearSeries", lastYear),
                                    periods.stream().map(p -> dashboard.lastYearTrend().get(p)).toList())),
                    "%", null, t("chart.table")));
        }
        FlexLayout row = new FlexLayout();
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.setWidthFull();
        shownCharts.forEach(c -> {
            c.getElement().getStyle().set("flex", "1 1 26rem").set("min-width", "18rem").set("padding", "0 .5rem");
            row.add(c);
        });
        charts.setWidthFull();
        charts.add(row);
    }

    private void showConsolidated() {
        ConsolidatedTable table = district.consolidated(unit.getValue().code(), year.getValue(), period.getValue());
        consolidated.removeAllColumns();
        for (int i = 0; i < table.headers().size(); i++) {
            int column = i;
            var col = consolidated.addColumn(l -> l.cells().get(column)).setHeader(table.headers().get(i)).setAutoWidth(true);
            if (i >= 2) {
                col.setTextAlign(ColumnTextAlign.END);
            }
        }
        consolidated.setItems(table.lines());
        String code = unit.getValue().code();
        int y = year.getValue();
        PeriodType type = period.getValue();
        String name = "tong-hop-" + code.toLowerCase(Locale.ROOT) + "-" + dashboard.periodCode();
        downloads.removeAll();
        downloads.add(new Span(table.title()),
                Downloads.link(t("report.downloadXlsx"), name + ".xlsx", Downloads.XLSX,
                        () -> district.consolidatedXlsx(code, y, type)),
                Downloads.link(t("report.downloadDocx"), name + ".docx", Downloads.DOCX,
                        () -> district.consolidatedDocx(code, y, type)));
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }

    @Override
    public String getPageTitle() {
        return PageTitle.of(this, "menu.district");
    }
}
