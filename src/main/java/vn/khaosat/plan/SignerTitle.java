package vn.khaosat.plan;

/** Who signs for the People's Committee: the chairman, or a vice-chairman on the chairman's behalf (KT.). */
public enum SignerTitle {
    CHU_TICH("CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN"),
    PHO_CHU_TICH("PHÓ CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH");

    private final String title;
    private final String onBehalfOf;

    SignerTitle(String title, String onBehalfOf) {
        this.title = title;
        this.onBehalfOf = onBehalfOf;
    }

    public String title() {
        return title;
    }

    public String onBehalfOf() {
        return onBehalfOf;
    }
}
