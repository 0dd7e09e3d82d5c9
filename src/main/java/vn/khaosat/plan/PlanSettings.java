package vn.khaosat.plan;

import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZonedDateTime;

import org.springframework.boot.context.properties.ConfigurationProperties;

import vn.khaosat.base.AppTime;

/**
 * When next year's plan is asked for ({@code app.plan.*}): the request opens on
 * {@code next-year-request} (month-day, default 11-01) and escalates to the leader on
 * {@code next-year-escalation} (default 12-01), both at 07:00 of the campaign's year.
 */
@ConfigurationProperties("app.plan")
public record PlanSettings(String nextYearRequest, String nextYearEscalation) {

    static final LocalTime TIME = LocalTime.of(7, 0);

    public PlanSettings {
        nextYearRequest = nextYearRequest == null ? "11-01" : nextYearRequest;
        nextYearEscalation = nextYearEscalation == null ? "12-01" : nextYearEscalation;
        MonthDay.parse("--" + nextYearRequest);
        MonthDay.parse("--" + nextYearEscalation);
    }

    ZonedDateTime requestAt(int year) {
        return MonthDay.parse("--" + nextYearRequest).atYear(year).atTime(TIME).atZone(AppTime.ZONE);
    }

    ZonedDateTime escalateAt(int year) {
        return MonthDay.parse("--" + nextYearEscalation).atYear(year).atTime(TIME).atZone(AppTime.ZONE);
    }
}
