package vn.khaosat.collection;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Paper forms printed and issued for one field: serials first … first + count − 1 of the campaign. */
@Entity
@Table(name = "paper_form_batch")
class PaperFormBatch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id", nullable = false)
    private long campaignId;

    @Column(name = "commune_code", nullable = false)
    private String communeCode;

    @Column(name = "field_id", nullable = false)
    private long fieldId;

    @Column(name = "first_number", nullable = false)
    private int firstNumber;

    @Column(name = "form_count", nullable = false)
    private int formCount;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PaperFormBatch() {
    }

    PaperFormBatch(long campaignId, String communeCode, long fieldId, int firstNumber, int formCount, LocalDate issuedOn,
            String createdBy, Instant createdAt) {
        this.campaignId = campaignId;
        this.communeCode = communeCode;
        this.fieldId = fieldId;
        this.firstNumber = firstNumber;
        this.formCount = formCount;
        this.issuedOn = issuedOn;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    long getCampaignId() {
        return campaignId;
    }

    String getCommuneCode() {
        return communeCode;
    }

    long getFieldId() {
        return fieldId;
    }

    int getFirstNumber() {
        return firstNumber;
    }

    int getFormCount() {
        return formCount;
    }

    boolean covers(int number) {
        return number >= firstNumber && number < firstNumber + formCount;
    }
}
