package vn.khaosat.report;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import vn.khaosat.base.AbstractEntity;
import vn.khaosat.base.AppTime;
import vn.khaosat.cycle.Narrative;

/** The report of one reported period of a commune to its parent unit. */
@Entity
@Table(name = "period_report")
class PeriodReport extends AbstractEntity {

    @Column(name = "campaign_id", nullable = false, updatable = false)
    private long campaignId;

    @Column(name = "cycle_id", nullable = false, updatable = false)
    private long cycleId;

    @Column(name = "commune_code", nullable = false, updatable = false)
    private String communeCode;

    @Column(name = "parent_code", nullable = false, updatable = false)
    private String parentCode;

    @Column(name = "report_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "period_code", nullable = false, updatable = false)
    private String periodCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReportStatus status = ReportStatus.PREPARING;

    @Embedded
    private Narrative narrative;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(nullable = false)
    private boolean late;

    @Column(name = "review_due_on")
    private LocalDate reviewDueOn;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    protected PeriodReport() {
    }

    PeriodReport(long campaignId, long cycleId, String communeCode, String parentCode, int year, String periodCode,
            Narrative narrative, LocalDate dueOn) {
        this.campaignId = campaignId;
        this.cycleId = cycleId;
        this.communeCode = communeCode;
        this.parentCode = parentCode;
        this.year = year;
        this.periodCode = periodCode;
        this.dueOn = dueOn;
        write(narrative);
    }

    long getCampaignId() {
        return campaignId;
    }

    String getCommuneCode() {
        return communeCode;
    }

    String getParentCode() {
        return parentCode;
    }

    int getYear() {
        return year;
    }

    String getPeriodCode() {
        return periodCode;
    }

    ReportStatus getStatus() {
        return status;
    }

    LocalDate getDueOn() {
        return dueOn;
    }

    boolean isLate() {
        return late;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    Instant getDecidedAt() {
        return decidedAt;
    }

    LocalDate getReviewDueOn() {
        return reviewDueOn;
    }

    String getProcessInstanceId() {
        return processInstanceId;
    }

    void setProcessInstanceId(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    Narrative narrative() {
        // Hibernate gives no embedded value when all its columns are empty
        return narrative == null ? Narrative.NONE : narrative;
    }

    void prepared(Narrative narrative) {
        write(narrative);
        status = ReportStatus.SIGNING;
    }

    void sent(Instant when, LocalDate reviewDue) {
        submittedAt = when;
        // late once is late: a report returned and resent keeps the date it was first due
        late = late || when.atZone(AppTime.ZONE).toLocalDate().isAfter(dueOn);
        reviewDueOn = reviewDue;
        status = ReportStatus.IN_REVIEW;
    }

    void returned(String by, Instant when) {
        decidedBy = by;
        decidedAt = when;
        status = ReportStatus.RETURNED;
    }

    void revised(Narrative narrative) {
        write(narrative);
        status = ReportStatus.SIGNING;
    }

    void cancelled() {
        status = ReportStatus.CANCELLED;
    }

    void approved(String by, Instant when) {
        decidedBy = by;
        decidedAt = when;
        status = ReportStatus.APPROVED;
    }

    private void write(Narrative narrative) {
        if (narrative != null) {
            this.narrative = narrative;
        }
    }
}
