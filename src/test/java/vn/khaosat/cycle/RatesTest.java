package vn.khaosat.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class RatesTest {

    @Test
    void a_criterions_rate_is_satisfied_answers_over_all_answers() {
        assertThat(Rates.criterion(169 + 31, 200)).isEqualTo(100.0);
        assertThat(Rates.criterion(27, 50)).isEqualTo(54.0);
        assertThat(Rates.criterion(0, 0)).isNull();
    }

    @Test
    void a_mean_skips_criteria_nobody_answered() {
        assertThat(Rates.mean(Arrays.asList(80.0, null, 90.0))).isCloseTo(85.0, within(1e-9));
        assertThat(Rates.mean(Arrays.asList(null, null))).isNull();
    }
}
