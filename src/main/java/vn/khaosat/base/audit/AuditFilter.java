package vn.khaosat.base.audit;

import java.time.LocalDate;

/**
 * Which audit entries to read: each part is optional (null). Days are whole days in Vietnam, both
 * ends included; {@code doneBy} is a user name or its beginning.
 */
public record AuditFilter(String unitCode, String entity, String doneBy, LocalDate from, LocalDate to) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);

    public static AuditFilter of(String unitCode, String entity) {
        return new AuditFilter(unitCode, entity, null, null, null);
    }
}
