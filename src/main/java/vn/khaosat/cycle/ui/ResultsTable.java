package vn.khaosat.cycle.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

import vn.khaosat.cycle.PeriodResults;
import vn.khaosat.cycle.ResultsDocumentTable;

/** The table of source 000: field × criterion, the count (and share) of each level, the satisfaction rate. */
class ResultsTable extends Grid<ResultsTable.Row> {

    /** One row: a field's criterion. */
    record Row(String field, PeriodResults.CriterionResult criterion) {
    }

    ResultsTable() {
        addThemeVariants(GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
    }

    void show(PeriodResults results) {
        removeAllColumns();
        addColumn(Row::field).setHeader(getTranslation("dossiers.field")).setAutoWidth(true);
        addColumn(r -> r.criterion().text()).setHeader(getTranslation("templates.criterion")).setFlexGrow(2);
        for (int i = 0; i < results.levelLabels().size(); i++) {
            int level = i;
            addColumn(r -> r.criterion().levelCounts().get(level) + share(r.criterion(), level))
                    .setHeader(results.levelLabels().get(level)).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        }
        addColumn(r -> ResultsDocumentTable.percent(r.criterion().rate())).setHeader(getTranslation("results.rate"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        List<Row> rows = new ArrayList<>();
        results.fields().forEach(f -> f.criteria().forEach(c -> rows.add(new Row(f.fieldName(), c))));
        setItems(rows);
    }

    private static String share(PeriodResults.CriterionResult criterion, int level) {
        return criterion.answers() == 0 ? ""
                : " (" + Math.round(100.0 * criterion.levelCounts().get(level) / criterion.answers()) + "%)";
    }
}
