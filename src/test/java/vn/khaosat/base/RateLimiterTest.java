package vn.khaosat.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final AtomicLong nanos = new AtomicLong(-5_000_000_000L); // the counter's origin is arbitrary
    private final RateLimiter limiter = new RateLimiter(nanos::get);

    private void after(long seconds) {
        nanos.addAndGet(TimeUnit.SECONDS.toNanos(seconds));
    }

    @Test
    void a_key_gets_its_quota_per_minute_from_its_first_request_and_others_keep_theirs() {
        assertThat(limiter.tryAcquire("a", 2)).isTrue();
        after(20);
        assertThat(limiter.tryAcquire("a", 2)).isTrue();
        assertThat(limiter.tryAcquire("a", 2)).isFalse();
        assertThat(limiter.tryAcquire("b", 2)).isTrue();
        assertThat(limiter.secondsToNextWindow("a")).isEqualTo(40);

        after(39);
        assertThat(limiter.tryAcquire("a", 2)).isFalse();
        assertThat(limiter.secondsToNextWindow("a")).isEqualTo(1);
        after(1);
        assertThat(limiter.tryAcquire("a", 2)).isTrue();
        assertThat(limiter.secondsToNextWindow("a")).isEqualTo(60);
    }
}
