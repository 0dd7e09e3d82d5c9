package vn.khaosat.plan;

/**
 * A service field as screens, other features and the cached running campaign see it: a value, never
 * the entity, so nothing outside plan can change a field or load it lazily after its session closed.
 */
public record FieldView(long id, long version, String code, String nameVi, String nameEn, int position,
        boolean active) {

    static FieldView of(ServiceField field) {
        return new FieldView(field.getId(), field.getVersion(), field.getCode(), field.getNameVi(),
                field.getNameEn(), field.getPosition(), field.isActive());
    }

    /** The name in the UI's language (Vietnamese unless the UI is English). */
    public String name(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }
}
