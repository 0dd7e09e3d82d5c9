package vn.khaosat.org;

/** What a user may do (SPEC §3). A user may hold several roles within their one unit. */
public enum Role {
    COMMUNE_STAFF,
    COMMUNE_LEADER,
    DISTRICT_REVIEWER,
    ADMIN;

    /** Whether the role makes sense for a user of a unit of the given type. */
    public boolean fits(UnitType type) {
        return switch (this) {
            case COMMUNE_STAFF, COMMUNE_LEADER -> type.isCommune();
            case DISTRICT_REVIEWER -> !type.isCommune();
            case ADMIN -> true;
        };
    }
}
