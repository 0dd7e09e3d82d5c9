package vn.khaosat.cycle.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import vn.khaosat.base.AppTime;
import vn.khaosat.base.ui.Chart;
import vn.khaosat.cycle.PeriodResults;
import vn.khaosat.cycle.ResultsDocumentTable;

/**
 * Everything a period's figures show, on the task screens and the public page alike: the summary,
 * the table of source 000, forms and coverage per field, the comparison with the previous period,
 * per officer, and the charts (each with its table).
 */
class PeriodFigures extends Composite<VerticalLayout> {

    final ResultsTable table = new ResultsTable();
    final Grid<PeriodResults.FieldResult> forms = new Grid<>();
    final Grid<Comparison> comparison = new Grid<>();
    final Grid<PeriodResults.OfficerResult> officers = new Grid<>();
    final List<Chart> charts = new ArrayList<>();

    /** A line of the comparison: a field (or the whole commune) now and in the previous period. */
    record Comparison(String name, Double now, Double before) {

        Double change() {
            return now == null || before == null ? null : now - before;
        }
    }

    /**
     * @param previous the commune's previous published period of the same kind, if any
     * @param trend    published monthly rates, oldest first (period code → overall rate), for the trend chart
     */
    PeriodFigures(String heading, PeriodResults results, Optional<PeriodResults> previous, Map<String, Double> trend) {
        VerticalLayout content = getContent();
        content.setPadding(false);
        content.add(new H3(heading.isEmpty() ? heading : Character.toUpperCase(heading.charAt(0)) + heading.substring(1)));
        content.add(new Paragraph(getTranslation("results.summary", results.responses(),
                ResultsDocumentTable.percent(results.overallRate()), AppTime.DATE.format(results.from()),
                AppTime.DATE.format(results.to()))));
        if (results.responses() == 0) {
            content.add(new Paragraph(getTranslation("results.empty")));
            return;
        }
        table.show(results);
        content.add(table);

        forms.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        forms.setAllRowsVisible(true);
        forms.addColumn(PeriodResults.FieldResult::fieldName).setHeader(getTranslation("dossiers.field")).setFlexGrow(2);
        forms.addColumn(PeriodResults.FieldResult::formsIssued).setHeader(getTranslation("results.formsIssued"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        forms.addColumn(PeriodResults.FieldResult::responses).setHeader(getTranslation("results.formsCollected"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        forms.addColumn(f -> channels(f.responsesByChannel())).setHeader(getTranslation("results.byChannel"))
                .setAutoWidth(true);
        forms.addColumn(f -> f.dossiers() == null ? "–" : String.valueOf(f.dossiers()))
                .setHeader(getTranslation("results.dossiers")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        forms.addColumn(f -> ResultsDocumentTable.percent(f.coverage())).setHeader(getTranslation("results.coverage",
                results.coverageTarget())).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        forms.setPartNameGenerator(f -> f.coverage() != null && f.coverage() <= results.coverageTarget()
                ? "below-target" : null);
        forms.setItems(results.fields());
        content.add(new H4(getTranslation("results.formsTitle")), forms);

        previous.ifPresent(before -> {
            List<Comparison> rows = new ArrayList<>();
            rows.add(new Comparison(getTranslation("results.overall"), results.overallRate(), before.overallRate()));
            for (PeriodResults.FieldResult field : results.fields()) {
                Double earlier = before.fields().stream().filter(f -> f.fieldCode().equals(field.fieldCode()))
                        .findFirst().map(PeriodResults.FieldResult::rate).orElse(null);
                rows.add(new Comparison(field.fieldName(), field.rate(), earlier));
            }
            comparison.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
            comparison.setAllRowsVisible(true);
            comparison.addColumn(Comparison::name).setHeader(getTranslation("dossiers.field")).setFlexGrow(2);
            comparison.addColumn(c -> ResultsDocumentTable.percent(c.before()))
                    .setHeader(getTranslation("results.previous", before.periodCode())).setTextAlign(ColumnTextAlign.END);
            comparison.addColumn(c -> ResultsDocumentTable.percent(c.now()))
                    .setHeader(getTranslation("results.current", results.periodCode())).setTextAlign(ColumnTextAlign.END);
            comparison.addColumn(c -> c.change() == null ? "–" : signed(c.change()))
                    .setHeader(getTranslation("results.change")).setTextAlign(ColumnTextAlign.END);
            comparison.setItems(rows);
            content.add(new H4(getTranslation("results.comparison")), comparison);
        });

        if (!results.officers().isEmpty()) {
            officers.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
            officers.setAllRowsVisible(true);
            officers.addColumn(PeriodResults.OfficerResult::name).setHeader(getTranslation("results.officer"))
                    .setFlexGrow(2);
            officers.addColumn(PeriodResults.OfficerResult::responses).setHeader(getTranslation("results.formsCollected"))
                    .setTextAlign(ColumnTextAlign.END);
            officers.addColumn(o -> ResultsDocumentTable.percent(o.rate())).setHeader(getTranslation("results.rate"))
                    .setTextAlign(ColumnTextAlign.END);
            officers.setItems(results.officers());
            content.add(new H4(getTranslation("results.officers")), officers);
        }

        addCharts(results, trend);
        FlexLayout chartRow = new FlexLayout();
        chartRow.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        chartRow.setWidthFull();
        charts.forEach(c -> {
            c.getElement().getStyle().set("flex", "1 1 26rem").set("min-width", "18rem").set("padding", "0 .5rem");
            chartRow.add(c);
        });
        content.add(chartRow);
    }

    private void addCharts(PeriodResults results, Map<String, Double> trend) {
        String tableLabel = getTranslation("chart.table");
        List<String> fieldNames = results.fields().stream().map(PeriodResults.FieldResult::fieldName).toList();
        charts.add(new Chart(getTranslation("chart.byField"), Chart.Kind.BAR, fieldNames,
                List.of(new Chart.Series(getTranslation("results.rate"),
                        results.fields().stream().map(PeriodResults.FieldResult::rate).toList())),
                "%", null, tableLabel));

        List<Chart.Series> levels = new ArrayList<>();
        for (int level = 0; level < results.levelLabels().size(); level++) {
            int l = level;
            levels.add(new Chart.Series(results.levelLabels().get(level), results.fields().stream()
                    .map(f -> (double) f.criteria().stream().mapToInt(c -> c.levelCounts().get(l)).sum()).toList()));
        }
        charts.add(new Chart(getTranslation("chart.levels"), Chart.Kind.STACKED_BAR, fieldNames, levels, "", null,
                tableLabel));

        if (results.fields().stream().anyMatch(f -> f.coverage() != null)) {
            charts.add(new Chart(getTranslation("chart.coverage", results.coverageTarget()), Chart.Kind.BAR, fieldNames,
                    List.of(new Chart.Series(getTranslation("results.coverageShort"),
                            results.fields().stream().map(PeriodResults.FieldResult::coverage).toList())),
                    "%", (double) results.coverageTarget(), tableLabel));
        }
        if (trend.size() > 1) {
            charts.add(new Chart(getTranslation("chart.trend"), Chart.Kind.LINE, List.copyOf(trend.keySet()),
                    List.of(new Chart.Series(getTranslation("results.overall"), List.copyOf(trend.values()))),
                    "%", null, tableLabel));
        }
    }

    private String channels(Map<String, Integer> byChannel) {
        Map<String, Integer> sorted = new TreeMap<>(byChannel);
        List<String> parts = new ArrayList<>();
        sorted.forEach((channel, n) -> parts.add(getTranslation("channel." + channel) + " " + n));
        return String.join(", ", parts);
    }

    private static String signed(double change) {
        String value = ResultsDocumentTable.percent(Math.abs(change));
        return (change > 0.05 ? "+" : change < -0.05 ? "−" : "") + value;
    }
}
