package vn.khaosat;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.Map;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableBiConsumer;

import elemental.json.Json;
import elemental.json.JsonArray;

/**
 * What a click in a Lit-rendered grid cell does, server-side: Karibu 2.5 renders a Lit cell's text
 * but has no call for its functions. The function is run as the browser's click would run it, on the
 * row's item, after checking that the cell's template binds it to a click and shows the expected text.
 */
public final class LitCells {

    private LitCells() {
    }

    /** Clicks the element of row {@code row}'s cell whose {@code @click} calls {@code function}. */
    public static <T> void click(Grid<T> grid, int row, String columnKey, String function, String textShown) {
        click(grid, GridKt._get(grid, row), columnKey, function, textShown);
    }

    /** The same for a row shown earlier, which the grid's data may no longer hold (the browser still does). */
    public static <T> void click(Grid<T> grid, T item, String columnKey, String function, String textShown) {
        Grid.Column<T> column = grid.getColumnByKey(columnKey);
        @SuppressWarnings("unchecked")
        LitRenderer<T> renderer = (LitRenderer<T>) column.getRenderer();
        assertThat(template(renderer)).as("the cell's template binds %s to a click", function)
                .contains("@click=\"${" + function + "}\"");
        assertThat(GridKt._getFormatted(column, item)).as("the cell's text").contains(textShown);
        SerializableBiConsumer<T, JsonArray> call = functions(renderer).get(function);
        assertThat(call).as("the renderer's function %s", function).isNotNull();
        call.accept(item, Json.createArray());
    }

    private static String template(LitRenderer<?> renderer) {
        return (String) read(renderer, "templateExpression");
    }

    @SuppressWarnings("unchecked")
    private static <T> Map<String, SerializableBiConsumer<T, JsonArray>> functions(LitRenderer<T> renderer) {
        return (Map<String, SerializableBiConsumer<T, JsonArray>>) read(renderer, "clientCallables");
    }

    private static Object read(LitRenderer<?> renderer, String field) {
        try {
            Field f = LitRenderer.class.getDeclaredField(field);
            f.setAccessible(true);
            return f.get(renderer);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("LitRenderer." + field + " is not where Vaadin 24 keeps it", e);
        }
    }
}
