package vn.khaosat.cycle;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The figures of one period of one commune: per field, per criterion the count of each level and the
 * satisfaction rate; per content area, per field and overall the rates; responses per channel; forms
 * issued and collected, dossiers and coverage per field; per receiving officer.
 */
public record PeriodResults(
        String communeCode,
        String periodCode,
        String periodName,
        LocalDate from,
        LocalDate to,
        List<String> levelLabels,
        List<FieldResult> fields,
        Double overallRate,
        int responses,
        int coverageTarget,
        List<OfficerResult> officers) {

    public PeriodResults {
        officers = officers == null ? List.of() : officers;
    }

    public int formsIssued() {
        return fields.stream().mapToInt(FieldResult::formsIssued).sum();
    }

    /** Whether some field with dossiers counted has a coverage at or under the plan's target. */
    public boolean coverageBelowTarget() {
        return fields.stream().anyMatch(f -> !Rates.meetsCoverage(f.responses(), f.dossiers(), coverageTarget));
    }

    /**
     * @param responses  forms collected (every channel)
     * @param formsIssued paper forms handed out (never fewer than those collected) plus kiosk and online answers
     * @param dossiers   dossiers processed in the period's months, or null when none were counted
     */
    public record FieldResult(long fieldId, String fieldCode, String fieldName, int responses,
            Map<String, Integer> responsesByChannel, List<AreaResult> areas, Double rate, int formsIssued,
            Integer dossiers) {

        public List<CriterionResult> criteria() {
            return areas.stream().flatMap(a -> a.criteria().stream()).toList();
        }

        /** Responses ÷ dossiers in per cent, or null without dossiers. */
        public Double coverage() {
            return Rates.coverage(responses, dossiers);
        }
    }

    public record AreaResult(String name, List<CriterionResult> criteria, Double rate) {
    }

    /** {@code levelCounts[i]} answers gave level i + 1. */
    public record CriterionResult(long criterionId, int position, String text, List<Integer> levelCounts,
            int answers, Double rate) {
    }

    /** The responses naming one receiving officer and the share of their answers that were satisfied. */
    public record OfficerResult(String name, int responses, Double rate) {
    }
}
