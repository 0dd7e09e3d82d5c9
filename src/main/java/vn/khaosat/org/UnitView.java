package vn.khaosat.org;

/** A unit as screens and other features see it: a value, never the entity. */
public record UnitView(long id, long version, String code, String name, UnitType type, Long parentId,
        String parentName, boolean active) {

    public static UnitView of(OrgUnit unit) {
        OrgUnit parent = unit.getParent();
        return new UnitView(unit.getId(), unit.getVersion(), unit.getCode(), unit.getName(), unit.getType(),
                parent == null ? null : parent.getId(), parent == null ? null : parent.getName(), unit.isActive());
    }
}
