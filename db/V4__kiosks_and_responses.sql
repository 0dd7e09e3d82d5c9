-- Collection: registered kiosks and the responses of every channel.

-- A kiosk is a device of one commune; only the SHA-256 of its secret token is kept.
CREATE TABLE kiosk (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT       NOT NULL DEFAULT 0,
    commune_code VARCHAR(20)  NOT NULL,
    name         VARCHAR(100) NOT NULL,
    token_hash   VARCHAR(64)  NOT NULL,
    created_by   VARCHAR(50)  NOT NULL,
    created_at   DATETIME     NOT NULL,
    revoked_by   VARCHAR(50)  NULL,
    revoked_at   DATETIME     NULL,
    CONSTRAINT uk_kiosk_token UNIQUE (token_hash),
    CONSTRAINT fk_kiosk_commune FOREIGN KEY (commune_code) REFERENCES org_unit (code) ON UPDATE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One response: a campaign, a field, a channel, the template version and the day it was given.
-- client_id makes a retried submission idempotent; a receipt code is used once per campaign.
CREATE TABLE survey_response (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    campaign_id     BIGINT       NOT NULL,
    commune_code    VARCHAR(20)  NOT NULL,
    field_id        BIGINT       NOT NULL,
    channel         VARCHAR(15)  NOT NULL,
    template_id     BIGINT       NOT NULL,
    given_on        DATE         NOT NULL,
    submitted_at    DATETIME(3)  NOT NULL,
    client_id       VARCHAR(64)  NULL,
    receipt_code    VARCHAR(50)  NULL,
    respondent_type VARCHAR(10)  NULL,
    officer         VARCHAR(200) NULL,
    comment_text    TEXT         NULL,
    kiosk_id        BIGINT       NULL,
    CONSTRAINT uk_response_client UNIQUE (client_id),
    CONSTRAINT uk_response_receipt UNIQUE (campaign_id, receipt_code),
    CONSTRAINT fk_response_campaign FOREIGN KEY (campaign_id) REFERENCES survey_campaign (id),
    CONSTRAINT fk_response_field FOREIGN KEY (field_id) REFERENCES service_field (id),
    CONSTRAINT fk_response_template FOREIGN KEY (template_id) REFERENCES survey_template (id),
    CONSTRAINT fk_response_kiosk FOREIGN KEY (kiosk_id) REFERENCES kiosk (id),
    INDEX ix_response_commune_day (commune_code, given_on),
    INDEX ix_response_campaign_field_day (campaign_id, field_id, given_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- one level per criterion answered; level is the position on the template's scale (1 = best)
CREATE TABLE response_answer (
    response_id  BIGINT NOT NULL,
    criterion_id BIGINT NOT NULL,
    level        INT    NOT NULL,
    PRIMARY KEY (response_id, criterion_id),
    CONSTRAINT fk_answer_response FOREIGN KEY (response_id) REFERENCES survey_response (id) ON DELETE CASCADE,
    CONSTRAINT fk_answer_criterion FOREIGN KEY (criterion_id) REFERENCES template_criterion (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
