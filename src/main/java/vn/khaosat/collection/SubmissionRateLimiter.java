package vn.khaosat.collection;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Basic abuse control of the public submission paths: at most N submissions a minute per client
 * address and per kiosk. Counted in memory per node; a fixed one-minute window is enough to stop a
 * script, and a person at a counter never comes near it.
 */
@Component
class SubmissionRateLimiter {

    private record Window(long minute, AtomicInteger count) {
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final int perAddress;
    private final int perKiosk;

    SubmissionRateLimiter(@Value("${app.collection.rate-limit.per-address:30}") int perAddress,
            @Value("${app.collection.rate-limit.per-kiosk:60}") int perKiosk) {
        this.perAddress = perAddress;
        this.perKiosk = perKiosk;
    }

    /** Counts a submission from the address (and kiosk); refuses it once the minute's quota is used. */
    void acquire(String address, Long kioskId) {
        // wall-clock time on purpose: the engine clock may stand still in training or tests
        long minute = System.currentTimeMillis() / 60_000;
        if (windows.size() > 10_000) {
            windows.values().removeIf(w -> w.minute() < minute);
        }
        boolean allowed = kioskId != null ? take("kiosk:" + kioskId, perKiosk, minute)
                : take("address:" + address, perAddress, minute);
        if (!allowed) {
            throw new SubmissionRefusedException("collection.error.rateLimited", 429);
        }
    }

    private boolean take(String key, int limit, long minute) {
        Window window = windows.compute(key, (k, w) -> w == null || w.minute() != minute
                ? new Window(minute, new AtomicInteger()) : w);
        return window.count().incrementAndGet() <= limit;
    }
}
