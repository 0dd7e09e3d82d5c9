-- The work of one publication of a campaign (process publication-cycle): finalised data, the review's
-- narrative (strengths, difficulties, next tasks, as in source 000), approval, publication.
CREATE TABLE period_cycle (
    id                  BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT      NOT NULL DEFAULT 0,
    campaign_id         BIGINT      NOT NULL,
    commune_code        VARCHAR(20) NOT NULL,
    cycle_year          INT         NOT NULL,
    publication_date    DATE        NOT NULL,
    status              VARCHAR(20) NOT NULL,
    strengths           TEXT        NULL,
    difficulties        TEXT        NULL,
    next_tasks          TEXT        NULL,
    return_comment      TEXT        NULL,
    finalised_by        VARCHAR(50) NULL,
    reviewed_by         VARCHAR(50) NULL,
    approved_by         VARCHAR(50) NULL,
    aggregated_at       DATETIME    NULL,
    published_at        DATETIME    NULL,
    late                BOOLEAN     NOT NULL DEFAULT FALSE,
    process_instance_id VARCHAR(64) NULL,
    CONSTRAINT uk_period_cycle UNIQUE (campaign_id, publication_date),
    CONSTRAINT fk_period_cycle_campaign FOREIGN KEY (campaign_id) REFERENCES survey_campaign (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
