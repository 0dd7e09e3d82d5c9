package vn.khaosat.cycle;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The results table as source 000 prints it: STT | field | criterion | one column per level | note;
 * the notice posted at the one-stop and the report to the parent unit both use it.
 */
public final class ResultsDocumentTable {

    private ResultsDocumentTable() {
    }

    public static List<String> headers(PeriodResults results) {
        List<String> headers = new ArrayList<>(List.of("STT", "Bộ phận được đánh giá", "Nội dung đánh giá"));
        headers.addAll(results.levelLabels());
        headers.add("Ghi chú");
        return headers;
    }

    /** A row per field and criterion; the field's number and name only on its first row; the rate as the note. */
    public static List<List<String>> rows(PeriodResults results) {
        List<List<String>> rows = new ArrayList<>();
        int number = 0;
        for (PeriodResults.FieldResult field : results.fields()) {
            number++;
            boolean first = true;
            for (PeriodResults.CriterionResult criterion : field.criteria()) {
                List<String> row = new ArrayList<>();
                row.add(first ? String.valueOf(number) : "");
                row.add(first ? field.fieldName() : "");
                row.add(criterion.text());
                criterion.levelCounts().forEach(n -> row.add(String.valueOf(n)));
                row.add(criterion.answers() == 0 ? "" : "Hài lòng " + percent(criterion.rate()));
                rows.add(row);
                first = false;
            }
        }
        return rows;
    }

    /** 93,5% — the way the documents write a rate; "–" when nobody answered. */
    public static String percent(Double rate) {
        return rate == null ? "–" : String.format(Locale.ROOT, "%.1f%%", rate).replace('.', ',');
    }
}
