package vn.khaosat.collection;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.khaosat.base.AbstractEntity;

/** A registered kiosk device of one commune. Its token is kept only as a SHA-256 hash. */
@Entity
@Table(name = "kiosk")
class Kiosk extends AbstractEntity {

    @Column(name = "commune_code", nullable = false, updatable = false)
    private String communeCode;

    @Column(nullable = false)
    private String name;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    // written by KioskService.seen in SQL, read here
    @Column(name = "last_seen_at", insertable = false, updatable = false)
    private Instant lastSeenAt;

    @Column(name = "clock_skew_seconds", insertable = false, updatable = false)
    private Long clockSkewSeconds;

    protected Kiosk() {
    }

    Kiosk(String communeCode, String name, String tokenHash, String createdBy, Instant createdAt) {
        this.communeCode = communeCode;
        this.name = name;
        this.tokenHash = tokenHash;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    String getCommuneCode() {
        return communeCode;
    }

    void revoke(String by, Instant when) {
        this.revokedBy = by;
        this.revokedAt = when;
    }

    KioskView toView() {
        return new KioskView(getId(), getVersion(), communeCode, name, createdBy, createdAt, revokedBy, revokedAt, lastSeenAt,
                clockSkewSeconds);
    }
}
