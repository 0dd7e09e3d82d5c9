-- The report of a reported period (quarter I, six months, quarter III, year) from a commune to its
-- parent unit (process district-report): the narrative is edited here, the figures come from the
-- published snapshot. Every submitted version and every step is kept.
CREATE TABLE period_report (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT       NOT NULL DEFAULT 0,
    campaign_id         BIGINT       NOT NULL,
    cycle_id            BIGINT       NOT NULL,
    commune_code        VARCHAR(20)  NOT NULL,
    parent_code         VARCHAR(20)  NOT NULL,
    report_year         INT          NOT NULL,
    period_code         VARCHAR(20)  NOT NULL,
    status              VARCHAR(20)  NOT NULL,
    strengths           TEXT         NULL,
    difficulties        TEXT         NULL,
    next_tasks          TEXT         NULL,
    due_on              DATE         NOT NULL,
    submitted_at        DATETIME     NULL,
    late                BOOLEAN      NOT NULL DEFAULT FALSE,
    review_due_on       DATE         NULL,
    decided_at          DATETIME     NULL,
    decided_by          VARCHAR(50)  NULL,
    process_instance_id VARCHAR(64)  NULL,
    CONSTRAINT uk_period_report UNIQUE (campaign_id, period_code),
    CONSTRAINT fk_period_report_campaign FOREIGN KEY (campaign_id) REFERENCES survey_campaign (id),
    INDEX ix_period_report_parent (parent_code, period_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each signed submission: the narrative as it was sent (the figures are the frozen snapshot).
CREATE TABLE report_version (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    report_id    BIGINT      NOT NULL,
    number       INT         NOT NULL,
    strengths    TEXT        NULL,
    difficulties TEXT        NULL,
    next_tasks   TEXT        NULL,
    signed_by    VARCHAR(50) NOT NULL,
    signed_at    DATETIME    NOT NULL,
    CONSTRAINT uk_report_version UNIQUE (report_id, number),
    CONSTRAINT fk_report_version_report FOREIGN KEY (report_id) REFERENCES period_report (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The report's history: who did what when, with the comment of a return.
CREATE TABLE report_event (
    id        BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    report_id BIGINT      NOT NULL,
    action    VARCHAR(20) NOT NULL,
    done_by   VARCHAR(50) NULL,
    done_at   DATETIME    NOT NULL,
    comment   TEXT        NULL,
    CONSTRAINT fk_report_event_report FOREIGN KEY (report_id) REFERENCES period_report (id) ON DELETE CASCADE,
    INDEX ix_report_event_report (report_id, done_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
