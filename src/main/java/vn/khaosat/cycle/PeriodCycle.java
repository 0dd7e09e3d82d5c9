package vn.khaosat.cycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import vn.khaosat.base.AbstractEntity;

/** The work of one publication date of a campaign. */
@Entity
@Table(name = "period_cycle")
class PeriodCycle extends AbstractEntity {

    @Column(name = "campaign_id", nullable = false, updatable = false)
    private long campaignId;

    @Column(name = "commune_code", nullable = false, updatable = false)
    private String communeCode;

    @Column(name = "cycle_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "publication_date", nullable = false, updatable = false)
    private LocalDate publicationDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CycleStatus status = CycleStatus.FINALISING;

    @Embedded
    private Narrative narrative;

    @Column(name = "return_comment")
    private String returnComment;

    @Column(name = "finalised_by")
    private String finalisedBy;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "aggregated_at")
    private Instant aggregatedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(nullable = false)
    private boolean late;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    @Column(name = "coverage_warning", nullable = false)
    private boolean coverageWarning;

    @Column(name = "coverage_reason")
    private String coverageReason;

    @Column(name = "coverage_acknowledged_by")
    private String coverageAcknowledgedBy;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    protected PeriodCycle() {
    }

    PeriodCycle(long campaignId, String communeCode, int year, LocalDate publicationDate, Narrative earlier) {
        this.campaignId = campaignId;
        this.communeCode = communeCode;
        this.year = year;
        this.publicationDate = publicationDate;
        this.narrative = earlier;
    }

    long getCampaignId() {
        return campaignId;
    }

    String getCommuneCode() {
        return communeCode;
    }

    int getYear() {
        return year;
    }

    LocalDate getPublicationDate() {
        return publicationDate;
    }

    void setProcessInstanceId(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    Narrative narrative() {
        // Hibernate gives no embedded value when all its columns are empty
        return narrative == null ? Narrative.NONE : narrative;
    }

    void finalised(String by, boolean coverageBelowTarget) {
        this.finalisedBy = by;
        this.coverageWarning = coverageBelowTarget;
        this.status = CycleStatus.REVIEWING;
    }

    void coverageAcknowledged(String reason, String by) {
        this.coverageReason = reason;
        this.coverageAcknowledgedBy = by;
    }

    void aggregated(Instant when) {
        this.aggregatedAt = when;
    }

    void reviewed(Narrative narrative, String by) {
        this.narrative = narrative;
        this.reviewedBy = by;
        this.status = CycleStatus.AWAITING_APPROVAL;
    }

    void approved(String by, Instant when) {
        this.approvedBy = by;
        this.approvedAt = when;
        this.returnComment = null;
        this.status = CycleStatus.APPROVED;
    }

    void returned(String comment) {
        this.returnComment = comment;
        this.status = CycleStatus.RETURNED;
    }

    void reminded(Instant when) {
        this.remindedAt = when;
    }

    void escalated(Instant when) {
        this.escalatedAt = when;
    }

    void cancelled() {
        this.status = CycleStatus.CANCELLED;
    }

    CycleStatus getStatus() {
        return status;
    }

    Instant getApprovedAt() {
        return approvedAt;
    }

    void published(Instant when, boolean late) {
        this.publishedAt = when;
        this.late = late;
        this.status = CycleStatus.PUBLISHED;
    }

    CycleView toView(List<PeriodResults> results) {
        return new CycleView(getId(), getVersion(), communeCode, year, publicationDate, status, narrative(),
                returnComment, publishedAt, late, coverageWarning, coverageReason, results);
    }
}
