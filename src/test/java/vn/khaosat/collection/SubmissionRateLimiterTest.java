package vn.khaosat.collection;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SubmissionRateLimiterTest {

    @Test
    void an_address_or_kiosk_over_its_quota_is_told_to_try_again_later_and_others_are_not() {
        SubmissionRateLimiter limiter = new SubmissionRateLimiter(2, 3);

        limiter.acquire("10.0.0.1", null);
        limiter.acquire("10.0.0.1", null);
        assertThatThrownBy(() -> limiter.acquire("10.0.0.1", null))
                .isInstanceOfSatisfying(SubmissionRefusedException.class, e -> {
                    org.assertj.core.api.Assertions.assertThat(e.httpStatus()).isEqualTo(429);
                    org.assertj.core.api.Assertions.assertThat(e.messageKey()).isEqualTo("collection.error.rateLimited");
                });
        assertThatCode(() -> limiter.acquire("10.0.0.2", null)).doesNotThrowAnyException();

        for (int i = 0; i < 3; i++) {
            limiter.acquire("10.0.0.1", 7L);
        }
        assertThatThrownBy(() -> limiter.acquire("10.0.0.3", 7L)).isInstanceOf(SubmissionRefusedException.class);
        assertThatCode(() -> limiter.acquire("10.0.0.1", 8L)).doesNotThrowAnyException();
    }
}
