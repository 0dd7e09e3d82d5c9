package vn.khaosat.base;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * A one-minute window per key, from the key's first request, counted in memory per node: enough to
 * stop a script, far above what a person does. Elapsed time on a monotonic counter, not the
 * application's clock: that clock may stand still in training or tests, and a window measures
 * a duration, not a date.
 */
public final class RateLimiter {

    private static final long WINDOW_NANOS = TimeUnit.MINUTES.toNanos(1);

    private record Window(long start, AtomicInteger count) {
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final LongSupplier nanos;

    public RateLimiter() {
        this(System::nanoTime);
    }

    /** With a counter of nanoseconds of its own: tests step it. */
    public RateLimiter(LongSupplier nanos) {
        this.nanos = nanos;
    }

    /** Counts one request of the key; false once the minute's {@code perMinute} are used. */
    public boolean tryAcquire(String key, int perMinute) {
        long now = nanos.getAsLong();
        if (windows.size() > 10_000) {
            windows.values().removeIf(w -> now - w.start() >= WINDOW_NANOS);
        }
        Window window = windows.compute(key, (k, w) -> w == null || now - w.start() >= WINDOW_NANOS
                ? new Window(now, new AtomicInteger()) : w);
        return window.count().incrementAndGet() <= perMinute;
    }

    /** Whole seconds until the key's window ends (at least 1): a refused client's Retry-After. */
    public long secondsToNextWindow(String key) {
        Window window = windows.get(key);
        long left = window == null ? 0 : WINDOW_NANOS - (nanos.getAsLong() - window.start());
        return Math.max(1, (long) Math.ceil(left / 1e9));
    }
}
