-- Feedback (góp ý, phản ánh, kiến nghị) of citizens: recorded, answered by staff, the answer approved
-- by the leader and recorded; whoever holds the tracking code reads the answer.
CREATE TABLE feedback_item (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT       NOT NULL DEFAULT 0,
    commune_code        VARCHAR(20)  NOT NULL,
    source              VARCHAR(20)  NOT NULL,
    content             TEXT         NOT NULL,
    contact             VARCHAR(200) NULL,
    tracking_code       VARCHAR(20)  NOT NULL,
    received_on         DATE         NOT NULL,
    due_at              DATETIME     NOT NULL,
    status              VARCHAR(20)  NOT NULL,
    answer              TEXT         NULL,
    answered_by         VARCHAR(50)  NULL,
    return_comment      TEXT         NULL,
    approved_by         VARCHAR(50)  NULL,
    notified_at         DATETIME     NULL,
    reminded_at         DATETIME     NULL,
    created_by          VARCHAR(50)  NULL,
    process_instance_id VARCHAR(64)  NULL,
    CONSTRAINT uk_feedback_tracking UNIQUE (tracking_code),
    CONSTRAINT fk_feedback_commune FOREIGN KEY (commune_code) REFERENCES org_unit (code) ON UPDATE CASCADE,
    INDEX ix_feedback_commune (commune_code, received_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
