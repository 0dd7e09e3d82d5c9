package vn.khaosat.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import vn.khaosat.base.AppTime;

/**
 * The publication calendar of a plan year (SPEC §5). Results are published at 08:00 on the 28th of
 * every month; 28/3 also publishes quarter I, 28/6 the first six months, 28/9 quarter III and 28/12
 * the year. Every window runs from the day after the cut-off in the month before the period to the
 * cut-off day of its last month (Decree 09/2019: the 14th), so it has closed before the 28th.
 */
public final class PublicationCalendar {

    public static final int DEFAULT_CUT_OFF_DAY = 14;
    public static final int PUBLICATION_DAY = 28;
    public static final LocalTime PUBLICATION_TIME = LocalTime.of(8, 0);
    public static final LocalTime WORK_OPENS_TIME = LocalTime.of(7, 0);

    private static final List<PeriodType> LONGER_PERIODS =
            List.of(PeriodType.QUARTER_I, PeriodType.SIX_MONTHS, PeriodType.QUARTER_III, PeriodType.YEAR);

    private PublicationCalendar() {
    }

    public static boolean isValidCutOffDay(int day) {
        return day >= 1 && day < PUBLICATION_DAY;
    }

    /** The twelve publications of the year, in date order. */
    public static List<Publication> of(int year, int cutOffDay) {
        if (!isValidCutOffDay(cutOffDay)) {
            throw new IllegalArgumentException("cut-off day must be 1 to 27: " + cutOffDay);
        }
        List<Publication> publications = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            List<Period> periods = new ArrayList<>();
            periods.add(period(year, PeriodType.MONTH, month, cutOffDay));
            for (PeriodType type : LONGER_PERIODS) {
                if (type.publicationMonth() == month) {
                    periods.add(period(year, type, month, cutOffDay));
                }
            }
            YearMonth yearMonth = YearMonth.of(year, month);
            LocalDate cutOff = yearMonth.atDay(cutOffDay);
            publications.add(new Publication(publicationDate(yearMonth),
                    cutOff.plusDays(1).atTime(WORK_OPENS_TIME).atZone(AppTime.ZONE),
                    publicationAt(yearMonth),
                    periods));
        }
        return publications;
    }

    /** The day a month's results are published: its 28th. */
    public static LocalDate publicationDate(YearMonth month) {
        return month.atDay(PUBLICATION_DAY);
    }

    /** The instant a month's results are published: 08:00 on its 28th, Vietnam time. */
    public static ZonedDateTime publicationAt(YearMonth month) {
        return publicationDate(month).atTime(PUBLICATION_TIME).atZone(AppTime.ZONE);
    }

    /** The first publication strictly after that instant: at 08:00 on the 28th itself, the next month's. */
    public static ZonedDateTime nextPublicationAfter(Instant instant) {
        YearMonth month = YearMonth.from(instant.atZone(AppTime.ZONE));
        ZonedDateTime publication = publicationAt(month);
        return publication.toInstant().isAfter(instant) ? publication : publicationAt(month.plusMonths(1));
    }

    /** Whether a month's results are out at that instant (from 08:00 on its 28th). */
    public static boolean isPublished(YearMonth month, Instant instant) {
        return !instant.isBefore(publicationAt(month).toInstant());
    }

    static Period period(int year, PeriodType type, int lastMonth, int cutOffDay) {
        YearMonth first = YearMonth.of(year, type.firstMonth(lastMonth));
        LocalDate from = first.minusMonths(1).atDay(cutOffDay + 1);
        LocalDate to = YearMonth.of(year, lastMonth).atDay(cutOffDay);
        return new Period(year, type, lastMonth, from, to);
    }

    /**
     * The month whose data window holds the day: a day after the cut-off counts in the next month,
     * so 20/12 counts in next year's January (Decree 09/2019).
     */
    public static YearMonth windowMonth(LocalDate day, int cutOffDay) {
        YearMonth month = YearMonth.from(day);
        return day.getDayOfMonth() > cutOffDay ? month.plusMonths(1) : month;
    }

    /** The first day of a year's windows: the day after December's cut-off of the year before. */
    public static LocalDate firstWindowDay(int year, int cutOffDay) {
        return LocalDate.of(year - 1, 12, cutOffDay + 1);
    }

    /** The last day of a year's windows: December's cut-off. */
    public static LocalDate lastWindowDay(int year, int cutOffDay) {
        return LocalDate.of(year, 12, cutOffDay);
    }

    /** The publications of the year that publish a period of the given type, in date order. */
    public static List<Publication> publishing(List<Publication> calendar, PeriodType type) {
        return calendar.stream().filter(p -> p.periods().stream().anyMatch(period -> period.type() == type)).toList();
    }
}
