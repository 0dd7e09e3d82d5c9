-- Org units form a tree: province -> district -> commune. A commune reports to its parent.
CREATE TABLE org_unit (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT       NOT NULL DEFAULT 0,
    code        VARCHAR(20)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    unit_type   VARCHAR(20)  NOT NULL,
    parent_id   BIGINT       NULL,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT uk_org_unit_code UNIQUE (code),
    CONSTRAINT fk_org_unit_parent FOREIGN KEY (parent_id) REFERENCES org_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE app_user (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL DEFAULT 0,
    username      VARCHAR(50)  NOT NULL,
    full_name     VARCHAR(200) NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    unit_id       BIGINT       NOT NULL,
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT uk_app_user_username UNIQUE (username),
    CONSTRAINT fk_app_user_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE app_user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(30) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_app_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
