package vn.khaosat.report;

import java.util.List;
import java.util.Map;

import vn.khaosat.plan.PeriodType;

/**
 * A parent unit's communes for one reported period: status, figures, grade and rank (by overall
 * satisfaction, highest first; communes without figures last).
 *
 * @param fields   the fields any commune surveyed: code → name, in order
 * @param trend         the unit's mean overall rate per reported period of the year, in the year's order
 * @param lastYearTrend the same for the year before, so a reviewer sees whether the communes improved
 */
public record DistrictDashboard(String unitCode, String unitName, String periodCode, String periodName,
        Map<String, String> fields, List<Row> rows, Map<PeriodType, Double> trend,
        Map<PeriodType, Double> lastYearTrend) {

    /**
     * @param coverage responses ÷ dossiers over all fields, per cent, or null without dossiers
     * @param rank     1 = best; null without figures
     * @param lastYearRate the overall rate the commune published for the same period a year before, or null
     */
    public record Row(String communeCode, String communeName, DashboardStatus status, boolean late, Double overallRate,
            Map<String, Double> fieldRates, Double coverage, Integer coverageTarget, Grade grade, Integer rank,
            Long reportId, Double lastYearRate) {

        /** Percentage points gained since the same period a year before, or null without both figures. */
        public Double change() {
            return overallRate == null || lastYearRate == null ? null : overallRate - lastYearRate;
        }
    }

    public long count(DashboardStatus status) {
        return rows.stream().filter(r -> r.status() == status).count();
    }
}
