-- Every state change (who, when, what, before -> after), written by the application only ever with
-- INSERT. docs/operations.md shows how to take UPDATE and DELETE on it away from the app's user.
CREATE TABLE audit_log (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    done_at      DATETIME(3)  NOT NULL,
    done_by      VARCHAR(50)  NOT NULL,
    unit_code    VARCHAR(20)  NULL,
    entity       VARCHAR(40)  NOT NULL,
    entity_id    VARCHAR(60)  NOT NULL,
    action       VARCHAR(20)  NOT NULL,
    before_state TEXT         NULL,
    after_state  TEXT         NULL,
    INDEX ix_audit_unit_time (unit_code, done_at),
    INDEX ix_audit_entity (entity, entity_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
