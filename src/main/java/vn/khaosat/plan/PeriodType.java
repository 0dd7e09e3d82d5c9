package vn.khaosat.plan;

/**
 * The periods whose results are published (Kế hoạch of source 004): every month, quarter I, the
 * first six months, quarter III and the year. Quarters II and IV have no publication of their
 * own: the 6-month and annual results cover them.
 */
public enum PeriodType {
    MONTH(0),
    QUARTER_I(1),
    SIX_MONTHS(1),
    QUARTER_III(7),
    YEAR(1);

    /** First calendar month of a fixed period; a month period starts in its own month. */
    private final int firstMonth;

    PeriodType(int firstMonth) {
        this.firstMonth = firstMonth;
    }

    int firstMonth(int month) {
        return this == MONTH ? month : firstMonth;
    }

    /** The month whose 28th publishes this period, or 0 for MONTH (every month). */
    public int publicationMonth() {
        return switch (this) {
            case MONTH -> 0;
            case QUARTER_I -> 3;
            case SIX_MONTHS -> 6;
            case QUARTER_III -> 9;
            case YEAR -> 12;
        };
    }

    /** Periods that can be reported to the district; by default all of them (SPEC §8). */
    public boolean isReportable() {
        return this != MONTH;
    }
}
