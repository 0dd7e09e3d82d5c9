-- Offline kiosk and online form: ratings queued on the device and sent later.

-- When a kiosk last sent something, and how far its clock was from the server's then: staff see a
-- tablet with a wrong date before its ratings land in the wrong period.
ALTER TABLE kiosk
    ADD COLUMN last_seen_at       DATETIME NULL,
    ADD COLUMN clock_skew_seconds BIGINT   NULL;

-- A queued rating that arrived after every window its day belongs to had closed (its campaign
-- completed, or its period published in a year already over). It is kept here, with what the
-- device sent, for staff to see; it never counts in a published figure. The client id makes a
-- resend land here once.
CREATE TABLE kept_rating (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    client_id          VARCHAR(64)  NOT NULL,
    commune_code       VARCHAR(20)  NOT NULL,
    kiosk_id           BIGINT       NULL,
    channel            VARCHAR(10)  NOT NULL,
    answered_at        DATETIME     NOT NULL,
    received_at        DATETIME     NOT NULL,
    clock_skew_seconds BIGINT       NOT NULL,
    payload            TEXT         NOT NULL,
    CONSTRAINT uk_kept_rating_client UNIQUE (client_id),
    CONSTRAINT fk_kept_rating_commune FOREIGN KEY (commune_code) REFERENCES org_unit (code) ON UPDATE CASCADE,
    CONSTRAINT fk_kept_rating_kiosk FOREIGN KEY (kiosk_id) REFERENCES kiosk (id),
    INDEX ix_kept_rating_commune (commune_code, answered_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
