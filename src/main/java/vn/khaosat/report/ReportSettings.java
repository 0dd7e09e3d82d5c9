package vn.khaosat.report;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Deadlines and grade thresholds of reporting ({@code app.report.*}).
 *
 * @param dueDaysAfterPublication days after the 28th the report is due
 * @param reviewWorkingDays       working days the parent unit has to review
 */
@ConfigurationProperties("app.report")
public record ReportSettings(int dueDaysAfterPublication, int reviewWorkingDays, Grades grades) {

    public ReportSettings {
        dueDaysAfterPublication = dueDaysAfterPublication <= 0 ? 5 : dueDaysAfterPublication;
        reviewWorkingDays = reviewWorkingDays <= 0 ? 5 : reviewWorkingDays;
        grades = grades == null ? new Grades(95, 85, 70) : grades;
    }

    /** The least overall satisfaction rate (per cent) of each grade. */
    public record Grades(double excellent, double good, double fair) {
    }
}
