package vn.khaosat.org;

import java.util.ArrayList;
import java.util.List;

/**
 * Camunda candidate groups carry the unit, so a group task of a commune reaches exactly that
 * commune's people: {@code commune:<code>:staff}, {@code commune:<code>:leader},
 * {@code district:<code>:reviewer} (or {@code province:<code>:reviewer}), and {@code admin}.
 */
public final class CandidateGroups {

    public static final String ADMIN = "admin";
    /** Camunda's own administrators' group, which its Admin webapp looks for. */
    public static final String CAMUNDA_ADMIN = "camunda-admin";

    private CandidateGroups() {
    }

    public static String staff(String communeCode) {
        return "commune:" + communeCode + ":staff";
    }

    public static String leader(String communeCode) {
        return "commune:" + communeCode + ":leader";
    }

    public static String reviewer(UnitType type, String unitCode) {
        return type.level() + ":" + unitCode + ":reviewer";
    }

    /** The groups a unit has, whether or not anyone is in them yet. */
    static List<String> ofUnit(OrgUnit unit) {
        return unit.getType().isCommune()
                ? List.of(staff(unit.getCode()), leader(unit.getCode()))
                : List.of(reviewer(unit.getType(), unit.getCode()));
    }

    static List<String> ofUser(AppUser user) {
        OrgUnit unit = user.getUnit();
        List<String> groups = new ArrayList<>();
        for (Role role : user.getRoles()) {
            if (!role.fits(unit.getType())) {
                continue;
            }
            switch (role) {
                case COMMUNE_STAFF -> groups.add(staff(unit.getCode()));
                case COMMUNE_LEADER -> groups.add(leader(unit.getCode()));
                case DISTRICT_REVIEWER -> groups.add(reviewer(unit.getType(), unit.getCode()));
                case ADMIN -> {
                    groups.add(ADMIN);
                    groups.add(CAMUNDA_ADMIN);
                }
            }
        }
        return groups;
    }
}
