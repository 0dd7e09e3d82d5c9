package vn.khaosat.report;

/**
 * A commune's grade for a period, on its overall satisfaction rate; a commune that did not report is
 * {@link #WEAK} whatever its figures (source 001).
 */
public enum Grade {
    EXCELLENT,
    GOOD,
    FAIR,
    WEAK;

    /**
     * @param overallRate the published overall rate, or null when nothing was published
     * @param reported    whether the commune sent its report (or is not due yet)
     * @return the grade, or null when there is nothing to grade yet
     */
    public static Grade of(Double overallRate, boolean reported, ReportSettings.Grades thresholds) {
        if (!reported) {
            return WEAK;
        }
        if (overallRate == null) {
            return null;
        }
        if (overallRate >= thresholds.excellent()) {
            return EXCELLENT;
        }
        if (overallRate >= thresholds.good()) {
            return GOOD;
        }
        return overallRate >= thresholds.fair() ? FAIR : WEAK;
    }
}
