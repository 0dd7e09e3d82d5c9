package vn.khaosat.report;

import java.util.List;
import java.util.Map;

/**
 * A parent unit's communes for one reported period: status, figures, grade and rank (by overall
 * satisfaction, highest first; communes without figures last).
 *
 * @param fields   the fields any commune surveyed: code → name, in order
 * @param trend    the unit's mean overall rate per reported period of the year (code → rate), oldest first
 */
public record DistrictDashboard(String unitCode, String unitName, String periodCode, String periodName,
        Map<String, String> fields, List<Row> rows, Map<String, Double> trend) {

    /**
     * @param coverage responses ÷ dossiers over all fields, per cent, or null without dossiers
     * @param rank     1 = best; null without figures
     */
    public record Row(String communeCode, String communeName, DashboardStatus status, boolean late, Double overallRate,
            Map<String, Double> fieldRates, Double coverage, Integer coverageTarget, Grade grade, Integer rank,
            Long reportId) {
    }

    public long count(DashboardStatus status) {
        return rows.stream().filter(r -> r.status() == status).count();
    }
}
