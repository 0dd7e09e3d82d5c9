package vn.khaosat.base;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fixed one-minute window per key, counted in memory per node: enough to stop a script, far above
 * what a person does. Wall-clock time on purpose: the engine clock may stand still in training or
 * tests.
 */
public final class RateLimiter {

    private record Window(long minute, AtomicInteger count) {
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    /** Counts one request of the key; false once the minute's {@code perMinute} are used. */
    public boolean tryAcquire(String key, int perMinute) {
        long minute = System.currentTimeMillis() / 60_000;
        if (windows.size() > 10_000) {
            windows.values().removeIf(w -> w.minute() < minute);
        }
        Window window = windows.compute(key, (k, w) -> w == null || w.minute() != minute
                ? new Window(minute, new AtomicInteger()) : w);
        return window.count().incrementAndGet() <= perMinute;
    }

    /** Seconds until the current window ends: a refused client's Retry-After. */
    public static long secondsToNextWindow() {
        return 60 - (System.currentTimeMillis() / 1000) % 60;
    }
}
