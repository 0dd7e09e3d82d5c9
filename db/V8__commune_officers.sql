-- The receiving officers a commune lists at its one-stop: the kiosk asks which one served the citizen.
CREATE TABLE commune_officer (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    commune_code VARCHAR(20)  NOT NULL,
    name         VARCHAR(200) NOT NULL,
    position     INT          NOT NULL,
    CONSTRAINT uk_commune_officer UNIQUE (commune_code, name),
    CONSTRAINT fk_commune_officer_commune FOREIGN KEY (commune_code) REFERENCES org_unit (code) ON UPDATE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
