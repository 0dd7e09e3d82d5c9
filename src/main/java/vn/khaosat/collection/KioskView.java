package vn.khaosat.collection;

import java.time.Instant;

/** A kiosk as the kiosks screen lists it (never with its token). */
public record KioskView(long id, long version, String communeCode, String name, String createdBy, Instant createdAt,
        String revokedBy, Instant revokedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
