package vn.khaosat.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    @Test
    void working_days_skip_saturdays_and_sundays_both_ways() {
        LocalDate friday = LocalDate.of(2024, 3, 15);
        assertThat(WorkingDays.plus(friday, 1)).isEqualTo(LocalDate.of(2024, 3, 18));
        assertThat(WorkingDays.plus(friday, 10)).isEqualTo(LocalDate.of(2024, 3, 29));
        assertThat(WorkingDays.plus(LocalDate.of(2024, 3, 29), -2)).isEqualTo(LocalDate.of(2024, 3, 27));
        assertThat(WorkingDays.plus(LocalDate.of(2024, 3, 18), -1)).isEqualTo(friday);
        assertThat(WorkingDays.plus(LocalDate.of(2024, 3, 16), 0)).isEqualTo(LocalDate.of(2024, 3, 16));
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2024, 3, 17))).isFalse();
    }
}
