package vn.khaosat.org;

/** What the unit form sends; {@code id} is null for a new unit, {@code version} is what the form loaded. */
public record UnitDraft(Long id, long version, String code, String name, UnitType type, Long parentId, boolean active) {

    public static UnitDraft of(OrgUnit unit) {
        return new UnitDraft(unit.getId(), unit.getVersion(), unit.getCode(), unit.getName(), unit.getType(),
                unit.getParent() == null ? null : unit.getParent().getId(), unit.isActive());
    }
}
