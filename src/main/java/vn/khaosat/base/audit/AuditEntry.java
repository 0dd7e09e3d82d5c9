package vn.khaosat.base.audit;

import java.time.Instant;

/** One audited change: {@code before} and {@code after} as "field: value" lines (changed fields only on updates). */
public record AuditEntry(long id, Instant doneAt, String doneBy, String unitCode, String entity, String entityId,
        String action, String before, String after) {
}
