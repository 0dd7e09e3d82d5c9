package vn.khaosat.cycle;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The figures of one period of one commune: per field, per criterion the count of each level and the
 * satisfaction rate; per content area, per field and overall the rates; responses per channel.
 */
public record PeriodResults(
        String communeCode,
        String periodCode,
        LocalDate from,
        LocalDate to,
        List<String> levelLabels,
        List<FieldResult> fields,
        Double overallRate,
        int responses) {

    public record FieldResult(long fieldId, String fieldCode, String fieldName, int responses,
            Map<String, Integer> responsesByChannel, List<AreaResult> areas, Double rate) {

        public List<CriterionResult> criteria() {
            return areas.stream().flatMap(a -> a.criteria().stream()).toList();
        }
    }

    public record AreaResult(String name, List<CriterionResult> criteria, Double rate) {
    }

    /** {@code levelCounts[i]} answers gave level i + 1. */
    public record CriterionResult(long criterionId, int position, String text, List<Integer> levelCounts,
            int answers, Double rate) {
    }
}
