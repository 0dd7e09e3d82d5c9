package vn.khaosat.collection;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.khaosat.base.AbstractEntity;

/** The number of dossiers a commune processed in one field in one month. */
@Entity
@Table(name = "dossier_count")
class DossierCount extends AbstractEntity {

    @Column(name = "commune_code", nullable = false, updatable = false)
    private String communeCode;

    @Column(name = "field_id", nullable = false, updatable = false)
    private long fieldId;

    @Column(name = "count_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "count_month", nullable = false, updatable = false)
    private int month;

    @Column(nullable = false)
    private int dossiers;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected DossierCount() {
    }

    DossierCount(String communeCode, long fieldId, int year, int month) {
        this.communeCode = communeCode;
        this.fieldId = fieldId;
        this.year = year;
        this.month = month;
    }

    void set(int dossiers, String by, Instant when) {
        this.dossiers = dossiers;
        this.updatedBy = by;
        this.updatedAt = when;
    }

    long getFieldId() {
        return fieldId;
    }

    int getMonth() {
        return month;
    }

    int getDossiers() {
        return dossiers;
    }
}
