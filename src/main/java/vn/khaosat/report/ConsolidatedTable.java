package vn.khaosat.report;

import java.util.List;

/** The parent unit's table of every commune × field × level, with totals, to report further up. */
public record ConsolidatedTable(String title, List<String> headers, List<Line> lines) {

    /** A row of cells as printed; {@code total} rows sum the communes. */
    public record Line(List<String> cells, boolean total) {
    }
}
