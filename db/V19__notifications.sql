-- Issue 19: mail (and later other channels) for tasks, deadlines and decisions.

-- An admin sets a user's address in the user screen.
ALTER TABLE app_user ADD COLUMN email VARCHAR(200) NULL;

-- What a user chose on the profile screen: the language of their messages and the kinds turned off.
CREATE TABLE notification_setting (
    username       VARCHAR(50)  NOT NULL PRIMARY KEY,
    language       VARCHAR(5)   NOT NULL DEFAULT 'vi',
    disabled_kinds VARCHAR(500) NOT NULL DEFAULT ''
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A task that reached a user (assigned or offered to their group), written in the step's own
-- transaction and gathered into at most one mail per user per hour.
CREATE TABLE task_notice (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    task_id    VARCHAR(64) NOT NULL,
    username   VARCHAR(50) NOT NULL,
    created_at DATETIME    NOT NULL,
    CONSTRAINT uk_task_notice UNIQUE (task_id, username),
    INDEX ix_task_notice_user (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The outbox: a message is written with the event that causes it and sent later by a job, so a mail
-- server that is down never blocks or rolls back a workflow step. dedup_key makes each event one
-- message whatever the number of nodes; claimed_by/claimed_until let one node at a time send a row.
CREATE TABLE outbox_message (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    channel         VARCHAR(20)  NOT NULL,
    kind            VARCHAR(30)  NOT NULL,
    recipient       VARCHAR(50)  NOT NULL,
    address         VARCHAR(200) NOT NULL,
    subject         VARCHAR(300) NOT NULL,
    text_body       MEDIUMTEXT   NOT NULL,
    html_body       MEDIUMTEXT   NULL,
    attachment_name VARCHAR(200) NULL,
    attachment_type VARCHAR(100) NULL,
    attachment      LONGBLOB     NULL,
    dedup_key       VARCHAR(200) NOT NULL,
    status          VARCHAR(10)  NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at DATETIME     NOT NULL,
    last_error      VARCHAR(1000) NULL,
    claimed_by      VARCHAR(100) NULL,
    claimed_until   DATETIME     NULL,
    created_at      DATETIME     NOT NULL,
    sent_at         DATETIME     NULL,
    CONSTRAINT uk_outbox_dedup UNIQUE (dedup_key),
    INDEX ix_outbox_due (status, next_attempt_at),
    INDEX ix_outbox_recipient (recipient, kind, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
