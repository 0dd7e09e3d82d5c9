package vn.khaosat.plan;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The issued plan's document, stored as issued. */
@Entity
@Table(name = "survey_plan_document")
class PlanDocumentFile {

    @Id
    @Column(name = "plan_id")
    private Long planId;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "LONGBLOB")
    private byte[] docx;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "LONGBLOB")
    private byte[] pdf;

    @Column(name = "generated_at", nullable = false)
    private Instant generatedAt;

    protected PlanDocumentFile() {
    }

    PlanDocumentFile(Long planId, byte[] docx, byte[] pdf, Instant generatedAt) {
        this.planId = planId;
        this.docx = docx;
        this.pdf = pdf;
        this.generatedAt = generatedAt;
    }

    byte[] getDocx() {
        return docx;
    }

    byte[] getPdf() {
        return pdf;
    }
}
