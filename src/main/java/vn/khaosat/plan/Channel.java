package vn.khaosat.plan;

/** How citizens give their rating (sources 003, 004). */
public enum Channel {
    KIOSK,
    ONLINE,
    PAPER,
    SUGGESTION_BOX
}
