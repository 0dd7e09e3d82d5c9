package vn.khaosat.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class PublicationLatenessTest {

    static final Instant EIGHT = Instant.parse("2024-01-28T01:00:00Z"); // 08:00 on the 28th in +07:00
    final PublicationLateness fifteenMinutes = new PublicationLateness(Duration.ofMinutes(15));

    @Test
    void approved_in_time_and_published_within_the_grace_is_on_time() {
        Instant approved = EIGHT.minusSeconds(1);
        assertThat(fifteenMinutes.isLate(EIGHT, approved, EIGHT)).isFalse();
        assertThat(fifteenMinutes.isLate(EIGHT, approved, EIGHT.plusSeconds(120))).isFalse();
        assertThat(fifteenMinutes.isLate(EIGHT, approved, EIGHT.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void approved_in_time_but_published_after_the_grace_is_late() {
        assertThat(fifteenMinutes.isLate(EIGHT, EIGHT.minusSeconds(3600), EIGHT.plus(Duration.ofMinutes(15)).plusSeconds(1)))
                .isTrue();
        assertThat(fifteenMinutes.isLate(EIGHT, EIGHT.minusSeconds(3600), EIGHT.plus(Duration.ofDays(2)))).isTrue();
    }

    @Test
    void approved_after_eight_is_late_however_soon_it_is_published() {
        Instant approved = EIGHT.plusSeconds(1);
        assertThat(fifteenMinutes.isLate(EIGHT, approved, approved.plusMillis(200))).isTrue();
    }

    @Test
    void a_cycle_approved_before_the_approval_time_was_kept_is_judged_by_its_publication_alone() {
        assertThat(fifteenMinutes.isLate(EIGHT, null, EIGHT.plusSeconds(60))).isFalse();
        assertThat(fifteenMinutes.isLate(EIGHT, null, EIGHT.plus(Duration.ofMinutes(16)))).isTrue();
    }

    @Test
    void no_grace_makes_any_publication_after_eight_late() {
        PublicationLateness none = new PublicationLateness(Duration.ZERO);
        assertThat(none.isLate(EIGHT, EIGHT.minusSeconds(1), EIGHT)).isFalse();
        assertThat(none.isLate(EIGHT, EIGHT.minusSeconds(1), EIGHT.plusMillis(1))).isTrue();
    }

    @Test
    void a_negative_grace_is_refused_at_start() {
        assertThatThrownBy(() -> new PublicationLateness(Duration.ofMinutes(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("publication-grace");
    }
}
