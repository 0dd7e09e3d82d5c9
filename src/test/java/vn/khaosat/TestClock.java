package vn.khaosat;

import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import vn.khaosat.base.AppTime;

/** Sets the engine clock, which the whole application reads ({@link AppTime}), to a time in Vietnam. */
public final class TestClock {

    private TestClock() {
    }

    public static void set(ZonedDateTime time) {
        ClockUtil.setCurrentTime(Date.from(time.toInstant()));
    }

    public static void set(int year, int month, int day, int hour, int minute) {
        set(ZonedDateTime.of(year, month, day, hour, minute, 0, 0, AppTime.ZONE));
    }
}
