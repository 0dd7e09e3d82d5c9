package vn.khaosat.plan;

/** What the service-field form sends; {@code id} is null for a new field. */
public record FieldDraft(Long id, long version, String code, String nameVi, String nameEn, Integer position,
        boolean active) {

    public static FieldDraft of(ServiceField field) {
        return new FieldDraft(field.getId(), field.getVersion(), field.getCode(), field.getNameVi(), field.getNameEn(),
                field.getPosition(), field.isActive());
    }
}
