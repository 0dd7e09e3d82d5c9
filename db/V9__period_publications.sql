-- A published period: its figures frozen as a JSON snapshot at publication. Later entries with an
-- earlier date never change it. One row per campaign and period: a publication happens once.
CREATE TABLE period_publication (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    campaign_id      BIGINT       NOT NULL,
    commune_code     VARCHAR(20)  NOT NULL,
    publication_date DATE         NOT NULL,
    period_code      VARCHAR(20)  NOT NULL,
    period_name      VARCHAR(100) NOT NULL,
    published_at     DATETIME     NOT NULL,
    late             BOOLEAN      NOT NULL,
    snapshot         LONGTEXT     NOT NULL,
    CONSTRAINT uk_period_publication UNIQUE (campaign_id, period_code),
    CONSTRAINT fk_period_publication_campaign FOREIGN KEY (campaign_id) REFERENCES survey_campaign (id),
    INDEX ix_period_publication_commune (commune_code, publication_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
