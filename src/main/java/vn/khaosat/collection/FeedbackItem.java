package vn.khaosat.collection;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import vn.khaosat.base.AbstractEntity;

/** A suggestion, complaint or petition and its handling. */
@Entity
@Table(name = "feedback_item")
class FeedbackItem extends AbstractEntity {

    @Column(name = "commune_code", nullable = false, updatable = false)
    private String communeCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private FeedbackSource source;

    @Column(nullable = false, updatable = false)
    private String content;

    @Column
    private String contact;

    @Column(name = "tracking_code", nullable = false, updatable = false)
    private String trackingCode;

    @Column(name = "received_on", nullable = false, updatable = false)
    private LocalDate receivedOn;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FeedbackStatus status = FeedbackStatus.RECEIVED;

    @Column
    private String answer;

    @Column(name = "answered_by")
    private String answeredBy;

    @Column(name = "return_comment")
    private String returnComment;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "notified_at")
    private Instant notifiedAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    protected FeedbackItem() {
    }

    FeedbackItem(String communeCode, FeedbackSource source, String content, String contact, String trackingCode,
            LocalDate receivedOn, Instant dueAt, String createdBy) {
        this.communeCode = communeCode;
        this.source = source;
        this.content = content;
        this.contact = contact;
        this.trackingCode = trackingCode;
        this.receivedOn = receivedOn;
        this.dueAt = dueAt;
        this.createdBy = createdBy;
    }

    String getCommuneCode() {
        return communeCode;
    }

    String getTrackingCode() {
        return trackingCode;
    }

    FeedbackStatus getStatus() {
        return status;
    }

    Instant getDueAt() {
        return dueAt;
    }

    void setProcessInstanceId(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void answer(String answer, String by) {
        this.answer = answer;
        this.answeredBy = by;
        this.status = FeedbackStatus.AWAITING_APPROVAL;
    }

    void approve(String by) {
        this.approvedBy = by;
        this.returnComment = null;
    }

    void returnAnswer(String comment) {
        this.returnComment = comment;
        this.status = FeedbackStatus.RETURNED;
    }

    void notified(Instant when) {
        this.notifiedAt = when;
        this.status = FeedbackStatus.ANSWERED;
    }

    void reminded(Instant when) {
        this.remindedAt = when;
    }

    FeedbackView toView() {
        return new FeedbackView(getId(), getVersion(), communeCode, source, content, contact, trackingCode, receivedOn,
                dueAt, status, answer, answeredBy, returnComment, approvedBy, notifiedAt, remindedAt);
    }
}
