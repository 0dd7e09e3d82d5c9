package vn.khaosat.collection;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.khaosat.base.RateLimiter;

/**
 * Basic abuse control of the public submission paths: at most N submissions a minute per client
 * address and per kiosk. Counted in memory per node; a fixed one-minute window is enough to stop a
 * script, and a person at a counter never comes near it.
 */
@Component
class SubmissionRateLimiter {

    private final RateLimiter limiter = new RateLimiter();
    private final int perAddress;
    private final int perKiosk;

    SubmissionRateLimiter(@Value("${app.collection.rate-limit.per-address:30}") int perAddress,
            @Value("${app.collection.rate-limit.per-kiosk:60}") int perKiosk) {
        this.perAddress = perAddress;
        this.perKiosk = perKiosk;
    }

    /** Counts a submission from the address (and kiosk); refuses it once the minute's quota is used. */
    void acquire(String address, Long kioskId) {
        boolean allowed = kioskId != null ? limiter.tryAcquire("kiosk:" + kioskId, perKiosk)
                : limiter.tryAcquire("address:" + address, perAddress);
        if (!allowed) {
            throw new SubmissionRefusedException("collection.error.rateLimited", 429);
        }
    }
}
