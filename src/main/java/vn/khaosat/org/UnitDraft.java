package vn.khaosat.org;

/** What the unit form sends; {@code id} is null for a new unit, {@code version} is what the form loaded. */
public record UnitDraft(Long id, long version, String code, String name, UnitType type, Long parentId, boolean active) {

    public static UnitDraft of(UnitView unit) {
        return new UnitDraft(unit.id(), unit.version(), unit.code(), unit.name(), unit.type(), unit.parentId(),
                unit.active());
    }
}
