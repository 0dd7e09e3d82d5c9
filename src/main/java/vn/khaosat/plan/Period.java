package vn.khaosat.plan;

import java.time.LocalDate;

/**
 * One period of one year, with its data window. The window closes on the cut-off day of the
 * period's last month, so that the data are complete before the publication on the 28th.
 *
 * @param month the month of a MONTH period; for the others the period's last month
 * @param from  first day of the data window (inclusive)
 * @param to    last day of the data window (inclusive)
 */
public record Period(int year, PeriodType type, int month, LocalDate from, LocalDate to) {

    /** A stable code: 2024-03, 2024-Q1, 2024-H1, 2024-Q3, 2024-Y. */
    public String code() {
        return switch (type) {
            case MONTH -> "%d-%02d".formatted(year, month);
            case QUARTER_I -> year + "-Q1";
            case SIX_MONTHS -> year + "-H1";
            case QUARTER_III -> year + "-Q3";
            case YEAR -> year + "-Y";
        };
    }

    /** The Vietnamese name as the documents write it: "tháng 3/2024", "quý I/2024", "6 tháng đầu năm 2024", "năm 2024". */
    public String nameVi() {
        return switch (type) {
            case MONTH -> "tháng " + month + "/" + year;
            case QUARTER_I -> "quý I/" + year;
            case SIX_MONTHS -> "6 tháng đầu năm " + year;
            case QUARTER_III -> "quý III/" + year;
            case YEAR -> "năm " + year;
        };
    }

    public String nameEn() {
        return switch (type) {
            case MONTH -> "%d/%d".formatted(month, year);
            case QUARTER_I -> "Q1 " + year;
            case SIX_MONTHS -> "first half of " + year;
            case QUARTER_III -> "Q3 " + year;
            case YEAR -> "year " + year;
        };
    }

    /** The first calendar month the period covers (its own month for a MONTH period): its dossiers' months. */
    public int firstMonth() {
        return type.firstMonth(month);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
