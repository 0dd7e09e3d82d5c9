package vn.khaosat.collection;

import java.time.Instant;

/**
 * A kiosk as the kiosks screen lists it (never with its token); when it last sent queued ratings and
 * how far its clock was then from the server's (seconds, positive when the tablet is behind).
 */
public record KioskView(long id, long version, String communeCode, String name, String createdBy, Instant createdAt,
        String revokedBy, Instant revokedAt, Instant lastSeenAt, Long clockSkewSeconds) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
