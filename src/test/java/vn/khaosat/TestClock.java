package vn.khaosat;

import java.time.ZonedDateTime;

import vn.khaosat.base.AppClock;
import vn.khaosat.base.AppTime;

/** Stops the application's clock ({@link AppClock}, which the engine follows) at a time in Vietnam. */
public final class TestClock {

    private TestClock() {
    }

    public static void set(ZonedDateTime time) {
        AppClock.stopAt(time.toInstant());
    }

    public static void set(int year, int month, int day, int hour, int minute) {
        set(ZonedDateTime.of(year, month, day, hour, minute, 0, 0, AppTime.ZONE));
    }
}
