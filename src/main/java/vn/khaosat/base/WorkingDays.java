package vn.khaosat.base;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Working days for due dates: Monday to Friday. Public holidays (Tết and the others) are not known
 * yet, so a due date over a holiday comes early rather than late.
 */
public final class WorkingDays {

    private WorkingDays() {
    }

    /** The day {@code days} working days after {@code from} (negative: before). */
    public static LocalDate plus(LocalDate from, int days) {
        LocalDate day = from;
        int step = days >= 0 ? 1 : -1;
        for (int left = Math.abs(days); left > 0; ) {
            day = day.plusDays(step);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    public static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
