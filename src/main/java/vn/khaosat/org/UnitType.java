package vn.khaosat.org;

import java.util.Set;

/** The levels of Vietnamese local government this application knows. */
public enum UnitType {
    TINH("province"),
    HUYEN("district"),
    XA("commune"),
    PHUONG("commune"),
    THI_TRAN("commune");

    /** The level's word in candidate group names: commune:TX:staff, district:TS:reviewer. */
    private final String level;

    UnitType(String level) {
        this.level = level;
    }

    public String level() {
        return level;
    }

    public boolean isCommune() {
        return "commune".equals(level);
    }

    /** A commune sits under a district, or directly under a province (two-tier government since 2025). */
    public Set<UnitType> allowedParents() {
        return switch (this) {
            case TINH -> Set.of();
            case HUYEN -> Set.of(TINH);
            case XA, PHUONG, THI_TRAN -> Set.of(HUYEN, TINH);
        };
    }
}
