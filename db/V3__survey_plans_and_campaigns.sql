-- The annual survey plan of a commune (one per commune and year) and the campaign it starts.
CREATE TABLE survey_plan (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT       NOT NULL DEFAULT 0,
    commune_code        VARCHAR(20)  NOT NULL,
    plan_year           INT          NOT NULL,
    doc_number          VARCHAR(50)  NOT NULL,
    doc_date            DATE         NULL,
    place_name          VARCHAR(100) NOT NULL,
    legal_basis         TEXT         NOT NULL,
    purposes            TEXT         NOT NULL,
    requirements        TEXT         NOT NULL,
    template_id         BIGINT       NOT NULL,
    channels            VARCHAR(100) NOT NULL,
    coverage_target     INT          NOT NULL,
    cut_off_day         INT          NOT NULL,
    reported_periods    VARCHAR(100) NOT NULL,
    recipients          TEXT         NOT NULL,
    signer_name         VARCHAR(200) NOT NULL,
    signer_title        VARCHAR(20)  NOT NULL,
    status              VARCHAR(20)  NOT NULL,
    return_comment      TEXT         NULL,
    process_instance_id VARCHAR(64)  NULL,
    created_by          VARCHAR(50)  NOT NULL,
    issued_at           DATETIME     NULL,
    CONSTRAINT uk_survey_plan_year UNIQUE (commune_code, plan_year),
    CONSTRAINT fk_survey_plan_commune FOREIGN KEY (commune_code) REFERENCES org_unit (code) ON UPDATE CASCADE,
    CONSTRAINT fk_survey_plan_template FOREIGN KEY (template_id) REFERENCES survey_template (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE survey_plan_field (
    plan_id  BIGINT NOT NULL,
    field_id BIGINT NOT NULL,
    PRIMARY KEY (plan_id, field_id),
    CONSTRAINT fk_plan_field_plan FOREIGN KEY (plan_id) REFERENCES survey_plan (id) ON DELETE CASCADE,
    CONSTRAINT fk_plan_field_field FOREIGN KEY (field_id) REFERENCES service_field (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the issued document, kept as it was issued
CREATE TABLE survey_plan_document (
    plan_id      BIGINT   NOT NULL PRIMARY KEY,
    docx         LONGBLOB NOT NULL,
    pdf          LONGBLOB NOT NULL,
    generated_at DATETIME NOT NULL,
    CONSTRAINT fk_plan_document_plan FOREIGN KEY (plan_id) REFERENCES survey_plan (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE survey_campaign (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT       NOT NULL DEFAULT 0,
    plan_id             BIGINT       NOT NULL,
    commune_code        VARCHAR(20)  NOT NULL,
    campaign_year       INT          NOT NULL,
    status              VARCHAR(20)  NOT NULL,
    process_instance_id VARCHAR(64)  NULL,
    started_at          DATETIME     NOT NULL,
    last_work_opened    DATE         NULL,
    ended_at            DATETIME     NULL,
    cancelled_by        VARCHAR(50)  NULL,
    cancel_reason       TEXT         NULL,
    CONSTRAINT uk_survey_campaign_plan UNIQUE (plan_id),
    CONSTRAINT fk_survey_campaign_plan FOREIGN KEY (plan_id) REFERENCES survey_plan (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
