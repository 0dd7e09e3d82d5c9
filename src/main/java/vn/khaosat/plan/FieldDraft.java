package vn.khaosat.plan;

/** What the service-field form sends; {@code id} is null for a new field. */
public record FieldDraft(Long id, long version, String code, String nameVi, String nameEn, Integer position,
        boolean active) {

    public static FieldDraft of(FieldView field) {
        return new FieldDraft(field.id(), field.version(), field.code(), field.nameVi(), field.nameEn(),
                field.position(), field.active());
    }
}
