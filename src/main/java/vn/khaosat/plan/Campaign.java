package vn.khaosat.plan;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import vn.khaosat.base.AbstractEntity;

/** The year's survey campaign of a commune, started by issuing its plan. */
@Entity
@Table(name = "survey_campaign")
class Campaign extends AbstractEntity {

    @Column(name = "plan_id", nullable = false, updatable = false)
    private long planId;

    @Column(name = "commune_code", nullable = false, updatable = false)
    private String communeCode;

    @Column(name = "campaign_year", nullable = false, updatable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CampaignStatus status = CampaignStatus.RUNNING;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    /** The publication date whose period work opened last; the next date follows it. */
    @Column(name = "last_work_opened")
    private LocalDate lastWorkOpened;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "cancelled_by")
    private String cancelledBy;

    @Column(name = "cancel_reason")
    private String cancelReason;

    @Column(name = "carried_over", nullable = false)
    private int carriedOver;

    @Column(name = "not_carried_over", nullable = false)
    private int notCarriedOver;

    /** Codes of the earlier plan's fields this plan does not survey, comma-separated. */
    @Column(name = "dropped_fields")
    private String droppedFields;

    protected Campaign() {
    }

    Campaign(long planId, String communeCode, int year, Instant startedAt) {
        this.planId = planId;
        this.communeCode = communeCode;
        this.year = year;
        this.startedAt = startedAt;
    }

    long getPlanId() {
        return planId;
    }

    String getCommuneCode() {
        return communeCode;
    }

    int getYear() {
        return year;
    }

    CampaignStatus getStatus() {
        return status;
    }

    String getProcessInstanceId() {
        return processInstanceId;
    }

    void setProcessInstanceId(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    LocalDate getLastWorkOpened() {
        return lastWorkOpened;
    }

    void workOpened(LocalDate publicationDate) {
        this.lastWorkOpened = publicationDate;
    }

    Instant getEndedAt() {
        return endedAt;
    }

    String getCancelReason() {
        return cancelReason;
    }

    String getCancelledBy() {
        return cancelledBy;
    }

    void tookOver(ResponseCarryOver.Result result, java.util.List<String> droppedFieldCodes) {
        this.carriedOver = result.carried();
        this.notCarriedOver = result.notCarried();
        this.droppedFields = droppedFieldCodes.isEmpty() ? null : String.join(",", droppedFieldCodes);
    }

    int getCarriedOver() {
        return carriedOver;
    }

    int getNotCarriedOver() {
        return notCarriedOver;
    }

    java.util.List<String> getDroppedFields() {
        return droppedFields == null ? java.util.List.of() : java.util.List.of(droppedFields.split(","));
    }

    void complete(Instant when) {
        this.status = CampaignStatus.COMPLETED;
        this.endedAt = when;
    }

    void cancel(Instant when, String by, String reason) {
        this.status = CampaignStatus.CANCELLED;
        this.endedAt = when;
        this.cancelledBy = by;
        this.cancelReason = reason;
    }
}
