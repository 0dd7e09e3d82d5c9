package vn.khaosat.base.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * A bar or line chart drawn by ECharts in the browser (the script comes from the echarts webjar, so
 * the Vaadin frontend is never rebuilt), with its figures as a table under it: the accessible
 * alternative, and what a screen reader or a printout gets.
 */
public class Chart extends Composite<VerticalLayout> {

    static final String SCRIPT = "/webjars/echarts/5.3.1/dist/echarts.min.js";
    private static final ObjectMapper JSON = new ObjectMapper();

    public enum Kind { BAR, STACKED_BAR, LINE }

    /** One series: its name and a value per category (null = no value). */
    public record Series(String name, List<Double> values) {
    }

    private final String title;
    private final Kind kind;
    private final List<String> categories;
    private final List<Series> series;
    private final String unit;
    private final Double target;
    private final Div canvas = new Div();
    final Grid<Integer> table = new Grid<>();

    /**
     * @param unit   appended to values ("%" or ""); a "%" chart runs from 0 to 100
     * @param target a horizontal line at that value (the coverage target), or null
     */
    public Chart(String title, Kind kind, List<String> categories, List<Series> series, String unit, Double target,
            String tableLabel) {
        this.title = title;
        this.kind = kind;
        this.categories = List.copyOf(categories);
        this.series = List.copyOf(series);
        this.unit = unit;
        this.target = target;
        canvas.setWidthFull();
        canvas.setHeight(Math.max(260, 60 + 28 * (kind == Kind.LINE ? 6 : categories.size())) + "px");
        canvas.getElement().setAttribute("role", "img");
        canvas.getElement().setAttribute("aria-label", title);
        canvas.addClassName("chart");

        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        table.setAllRowsVisible(true);
        table.addColumn(this.categories::get).setHeader("").setAutoWidth(true).setFlexGrow(2);
        for (Series s : this.series) {
            table.addColumn(i -> format(s.values().get(i))).setHeader(s.name()).setTextAlign(ColumnTextAlign.END)
                    .setAutoWidth(true);
        }
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < this.categories.size(); i++) {
            rows.add(i);
        }
        table.setItems(rows);
        Details details = new Details(tableLabel, table);
        getContent().setPadding(false);
        getContent().setSpacing(false);
        getContent().add(new H4(title), canvas, details);
        canvas.addAttachListener(e -> draw());
    }

    /** The ECharts option: what the browser draws. */
    public String option() {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("animation", false);
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("bottom", 0));
        option.put("grid", Map.of("left", 8, "right", 24, "top", 16, "bottom", 40, "containLabel", true));
        Map<String, Object> valueAxis = new LinkedHashMap<>();
        valueAxis.put("type", "value");
        if ("%".equals(unit)) {
            valueAxis.put("max", 100);
        }
        boolean horizontal = kind != Kind.LINE;
        // horizontal bars read top-down in the order of the table under them
        Map<String, Object> categoryAxis = Map.of("type", "category", "data", categories, "inverse", horizontal,
                "axisLabel", Map.of("width", 220, "overflow", "break"));
        option.put(horizontal ? "yAxis" : "xAxis", categoryAxis);
        option.put(horizontal ? "xAxis" : "yAxis", valueAxis);
        List<Map<String, Object>> data = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("name", s.name());
            one.put("type", kind == Kind.LINE ? "line" : "bar");
            one.put("data", s.values().stream().map(v -> v == null ? null : Math.round(v * 10) / 10.0).toList());
            if (kind == Kind.STACKED_BAR) {
                one.put("stack", "all");
            }
            if (kind != Kind.LINE) {
                one.put("barMaxWidth", 28);
            }
            if (i == 0 && target != null) {
                one.put("markLine", Map.of("symbol", "none", "data", List.of(Map.of(horizontal ? "xAxis" : "yAxis", target)),
                        "label", Map.of("formatter", format(target))));
            }
            data.add(one);
        }
        option.put("series", data);
        try {
            return JSON.writeValueAsString(option);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public String title() {
        return title;
    }

    private String format(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.1f", value).replace('.', ',').replace(",0", "") + unit;
    }

    private void draw() {
        canvas.getElement().executeJs("""
                const el = $0, option = JSON.parse($1);
                const draw = () => {
                  const chart = echarts.getInstanceByDom(el) || echarts.init(el);
                  chart.setOption(option, true);
                  new ResizeObserver(() => chart.resize()).observe(el);
                };
                if (window.echarts) { draw(); return; }
                let script = document.getElementById('echarts-script');
                if (!script) {
                  script = document.createElement('script');
                  script.id = 'echarts-script';
                  script.src = $2;
                  document.head.appendChild(script);
                }
                script.addEventListener('load', draw);
                """, canvas.getElement(), option(), SCRIPT);
    }
}
