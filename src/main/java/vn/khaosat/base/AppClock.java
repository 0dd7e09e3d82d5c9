package vn.khaosat.base;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The application's one clock, injected wherever a rule needs today or now, and the only code that
 * moves time (the training clock, the demo's replayed year). The process engine keeps its time in a
 * static clock that its job executor reads; this class writes that clock on every move, so engine and
 * application can never disagree, and nothing else in the application reads or sets it.
 */
public final class AppClock extends Clock {

    private final ZoneId zone;

    public AppClock(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new AppClock(newZone);
    }

    @Override
    public Instant instant() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    /** Stops time at that instant until the next move (a replayed year steps from timer to timer). */
    public static void stopAt(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    /** Time runs on from that instant at real speed: the training clock, so a demo keeps running between moves. */
    public static void runFrom(Instant instant) {
        ClockUtil.offset(instant.toEpochMilli() - System.currentTimeMillis());
    }

    /** Back to real time. */
    public static void reset() {
        ClockUtil.reset();
    }

    /** How far the clock is from real time: kept before a replay to give the training clock back after it. */
    public static long offsetMillis() {
        return ClockUtil.getCurrentTime().getTime() - System.currentTimeMillis();
    }

    /** Runs again with a difference to real time taken earlier from {@link #offsetMillis()}. */
    public static void runWithOffset(long offsetMillis) {
        ClockUtil.reset();
        if (offsetMillis != 0) {
            ClockUtil.offset(offsetMillis);
        }
    }
}
