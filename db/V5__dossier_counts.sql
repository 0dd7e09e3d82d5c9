-- Dossiers processed per commune, field and month (entered, or imported from the one-stop system):
-- the denominator of coverage.
CREATE TABLE dossier_count (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT      NOT NULL DEFAULT 0,
    commune_code VARCHAR(20) NOT NULL,
    field_id     BIGINT      NOT NULL,
    count_year   INT         NOT NULL,
    count_month  INT         NOT NULL,
    dossiers     INT         NOT NULL,
    updated_by   VARCHAR(50) NOT NULL,
    updated_at   DATETIME    NOT NULL,
    CONSTRAINT uk_dossier_count UNIQUE (commune_code, field_id, count_year, count_month),
    CONSTRAINT fk_dossier_count_commune FOREIGN KEY (commune_code) REFERENCES org_unit (code) ON UPDATE CASCADE,
    CONSTRAINT fk_dossier_count_field FOREIGN KEY (field_id) REFERENCES service_field (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
