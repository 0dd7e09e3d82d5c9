-- Alerts for a group of users (reminders before a due date, escalations when it passed): shown at
-- the top of the inbox of every member until one of them dismisses it.
CREATE TABLE alert (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    recipient    VARCHAR(100) NOT NULL,
    message_key  VARCHAR(100) NOT NULL,
    message_args VARCHAR(1000) NOT NULL,
    route        VARCHAR(200) NULL,
    created_at   DATETIME     NOT NULL,
    dismissed_by VARCHAR(50)  NULL,
    dismissed_at DATETIME     NULL,
    INDEX ix_alert_recipient (recipient, dismissed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
