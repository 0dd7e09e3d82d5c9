package vn.khaosat.plan;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * One publication date and everything it publishes (28/3: March and quarter I).
 *
 * @param workOpensAt when the data window has closed and the period's work begins (the day after
 *                    the cut-off, 07:00)
 * @param publishAt   08:00 on the 28th
 */
public record Publication(LocalDate date, ZonedDateTime workOpensAt, ZonedDateTime publishAt, List<Period> periods) {

    public Publication {
        periods = List.copyOf(periods);
    }

    /** The longest period published that day; names the publication ("quý I/2024" rather than "tháng 3/2024"). */
    public Period mainPeriod() {
        return periods.get(periods.size() - 1);
    }
}
