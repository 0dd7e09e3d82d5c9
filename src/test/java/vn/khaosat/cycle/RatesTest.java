package vn.khaosat.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.khaosat.plan.TemplateDetail;

class RatesTest {

    /** The five levels of the forms (source 004): 4 "satisfied" and 5 "very satisfied" count. */
    static final List<TemplateDetail.Level> FIVE_LEVELS = List.of(level(1, false), level(2, false), level(3, false),
            level(4, true), level(5, true));
    /** Source 000's three levels: only "satisfied" counts. */
    static final List<TemplateDetail.Level> THREE_LEVELS = List.of(level(1, true), level(2, false), level(3, false));

    @Test
    void a_criterions_rate_is_satisfied_answers_over_all_answers() {
        assertThat(Rates.criterion(169 + 31, 200)).isEqualTo(100.0);
        assertThat(Rates.criterion(27, 50)).isEqualTo(54.0);
        assertThat(Rates.criterion(0, 0)).isNull();
    }

    @ParameterizedTest(name = "levels {0} → {1} satisfied of {2}")
    @CsvSource(delimiter = '|', value = {
            "0 0 0 0 0 | 0 | 0 |",
            "0 0 0 0 1 | 1 | 1 | 100.0",
            "1 0 0 0 0 | 0 | 1 | 0.0",
            "1 1 1 1 1 | 2 | 5 | 40.0",
            "3 2 5 40 50 | 90 | 100 | 90.0",
            "0 0 7 0 0 | 0 | 7 | 0.0",
            "0 0 0 3 0 | 3 | 3 | 100.0" })
    void the_template_says_which_levels_are_satisfied(String counts, int satisfied, int answers, Double rate) {
        Rates.Tally tally = Rates.Tally.of(counts(counts), FIVE_LEVELS);
        assertThat(tally).isEqualTo(new Rates.Tally(satisfied, answers));
        assertThat(tally.rate()).isEqualTo(rate);
    }

    @Test
    void another_template_counts_its_own_satisfied_levels() {
        assertThat(Rates.Tally.of(counts("169 31 0"), THREE_LEVELS)).isEqualTo(new Rates.Tally(169, 200));
        assertThat(Rates.Tally.of(counts("0 0 4"), THREE_LEVELS).rate()).isEqualTo(0.0);
        assertThatThrownBy(() -> Rates.Tally.of(counts("1 2"), THREE_LEVELS))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("2 counts for 3 levels");
    }

    @Test
    void pooled_answers_are_added_before_dividing_not_averaged() {
        Rates.Tally pooled = Rates.Tally.of(counts("0 0 0 0 1"), FIVE_LEVELS)
                .plus(Rates.Tally.of(counts("0 0 3 0 0"), FIVE_LEVELS));
        assertThat(pooled).isEqualTo(new Rates.Tally(1, 4));
        assertThat(pooled.rate()).isEqualTo(25.0);
        assertThat(Rates.Tally.NONE.plus(Rates.Tally.NONE).rate()).isNull();
    }

    @Test
    void a_mean_skips_criteria_nobody_answered() {
        assertThat(Rates.mean(Arrays.asList(80.0, null, 90.0))).isCloseTo(85.0, within(1e-9));
        assertThat(Rates.mean(Arrays.asList(null, null))).isNull();
    }

    @ParameterizedTest(name = "{0} responses of {1} dossiers: {2} %, target {3} met: {4}")
    @CsvSource({
            "0, 0, , 10, true",
            "5, , , 10, true",
            "11, 100, 11.0, 10, true",
            "10, 100, 10.0, 10, false",
            "9, 100, 9.0, 10, false",
            "1, 3, 33.333333333333336, 33, true",
            "1, 3, 33.333333333333336, 34, false",
            "0, 7, 0.0, 0, false",
            "1, 7, 14.285714285714286, 0, true",
            "120, 100, 120.0, 100, true",
            "7, 70, 10.0, 10, false" })
    void coverage_is_responses_over_dossiers_and_is_met_above_the_target(int responses, Integer dossiers,
            Double coverage, int target, boolean met) {
        assertThat(Rates.coverage(responses, dossiers)).isEqualTo(coverage);
        assertThat(Rates.meetsCoverage(responses, dossiers, target)).isEqualTo(met);
    }

    private static List<Integer> counts(String counts) {
        return Arrays.stream(counts.trim().split(" +")).map(Integer::valueOf).toList();
    }

    private static TemplateDetail.Level level(int position, boolean satisfied) {
        return new TemplateDetail.Level(position, "Mức " + position, "Level " + position, satisfied);
    }
}
