package vn.khaosat.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GradeTest {

    /** application.yml's thresholds: 95, 85 and 70 per cent, at least. */
    static final ReportSettings.Grades THRESHOLDS = new ReportSettings.Grades(95, 85, 70);

    @ParameterizedTest(name = "{0} %, reported {1}: {2}")
    @CsvSource({
            "100.0, true, EXCELLENT",
            "95.0, true, EXCELLENT",
            "94.99, true, GOOD",
            "85.0, true, GOOD",
            "84.99, true, FAIR",
            "70.0, true, FAIR",
            "69.99, true, WEAK",
            "0.0, true, WEAK",
            ", true, ",
            "100.0, false, WEAK",
            ", false, WEAK" })
    void a_grade_is_read_on_the_overall_rate_and_a_commune_that_did_not_report_is_weak(Double rate,
            boolean reported, Grade grade) {
        assertThat(Grade.of(rate, reported, THRESHOLDS)).isEqualTo(grade);
    }
}
