-- Paper forms: batches printed and issued per field, each form with a serial number; a collected
-- form is typed in as a PAPER response carrying its serial (once per campaign). Corrections and
-- deletions of entered forms are audited.
CREATE TABLE paper_form_batch (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    campaign_id  BIGINT      NOT NULL,
    commune_code VARCHAR(20) NOT NULL,
    field_id     BIGINT      NOT NULL,
    first_number INT         NOT NULL,
    form_count   INT         NOT NULL,
    issued_on    DATE        NOT NULL,
    created_by   VARCHAR(50) NOT NULL,
    created_at   DATETIME    NOT NULL,
    CONSTRAINT uk_paper_batch_first UNIQUE (campaign_id, first_number),
    CONSTRAINT fk_paper_batch_campaign FOREIGN KEY (campaign_id) REFERENCES survey_campaign (id),
    CONSTRAINT fk_paper_batch_field FOREIGN KEY (field_id) REFERENCES service_field (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE survey_response ADD COLUMN paper_serial VARCHAR(40) NULL;
ALTER TABLE survey_response ADD CONSTRAINT uk_response_paper_serial UNIQUE (campaign_id, paper_serial);

CREATE TABLE response_audit (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    response_id BIGINT      NOT NULL,
    action      VARCHAR(20) NOT NULL,
    done_by     VARCHAR(50) NOT NULL,
    done_at     DATETIME    NOT NULL,
    details     TEXT        NULL,
    INDEX ix_response_audit_response (response_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
