package vn.khaosat.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import vn.khaosat.base.AbstractEntity;

/** The annual survey plan (Kế hoạch) of one commune for one year. */
@Entity
@Table(name = "survey_plan")
class SurveyPlan extends AbstractEntity {

    @Column(name = "commune_code", nullable = false, updatable = false)
    private String communeCode;

    @Column(name = "plan_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "doc_number", nullable = false)
    private String number;

    @Column(name = "doc_date")
    private LocalDate date;

    @Column(name = "place_name", nullable = false)
    private String placeName;

    @Column(name = "legal_basis", nullable = false)
    private String legalBasis;

    @Column(nullable = false)
    private String purposes;

    @Column(nullable = false)
    private String requirements;

    @Column(name = "template_id", nullable = false)
    private long templateId;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "survey_plan_field", joinColumns = @JoinColumn(name = "plan_id"),
            inverseJoinColumns = @JoinColumn(name = "field_id"))
    private Set<ServiceField> fields = new HashSet<>();

    @Convert(converter = EnumSetColumns.Channels.class)
    @Column(nullable = false)
    private Set<Channel> channels = EnumSet.noneOf(Channel.class);

    @Column(name = "coverage_target", nullable = false)
    private int coverageTarget;

    @Column(name = "cut_off_day", nullable = false)
    private int cutOffDay;

    @Convert(converter = EnumSetColumns.PeriodTypes.class)
    @Column(name = "reported_periods", nullable = false)
    private Set<PeriodType> reportedPeriods = EnumSet.noneOf(PeriodType.class);

    @Column(nullable = false)
    private String recipients;

    @Column(name = "signer_name", nullable = false)
    private String signerName;

    @Enumerated(EnumType.STRING)
    @Column(name = "signer_title", nullable = false)
    private SignerTitle signerTitle;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlanStatus status = PlanStatus.DRAFT;

    @Column(name = "return_comment")
    private String returnComment;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "issued_at")
    private Instant issuedAt;

    protected SurveyPlan() {
    }

    SurveyPlan(String communeCode, int year, String createdBy, PlanContent content) {
        this.communeCode = communeCode;
        this.year = year;
        this.createdBy = createdBy;
        apply(content, Set.of());
    }

    void apply(PlanContent content, Set<ServiceField> chosenFields) {
        this.number = content.number();
        this.date = content.date();
        this.placeName = content.placeName();
        this.legalBasis = content.legalBasis();
        this.purposes = content.purposes();
        this.requirements = content.requirements();
        this.templateId = content.templateId();
        this.fields = new HashSet<>(chosenFields);
        this.channels = content.channels().isEmpty() ? EnumSet.noneOf(Channel.class) : EnumSet.copyOf(content.channels());
        this.coverageTarget = content.coverageTarget();
        this.cutOffDay = content.cutOffDay();
        this.reportedPeriods = content.reportedPeriods().isEmpty() ? EnumSet.noneOf(PeriodType.class)
                : EnumSet.copyOf(content.reportedPeriods());
        this.recipients = content.recipients();
        this.signerName = content.signerName();
        this.signerTitle = content.signerTitle();
    }

    PlanContent content() {
        return new PlanContent(number, date, placeName, legalBasis, purposes, requirements, templateId,
                fields.stream().map(ServiceField::getId).collect(java.util.stream.Collectors.toSet()), channels,
                coverageTarget, cutOffDay, reportedPeriods, recipients, signerName, signerTitle);
    }

    String getCommuneCode() {
        return communeCode;
    }

    int getYear() {
        return year;
    }

    Set<ServiceField> getFields() {
        return fields;
    }

    PlanStatus getStatus() {
        return status;
    }

    void setStatus(PlanStatus status) {
        this.status = status;
    }

    String getReturnComment() {
        return returnComment;
    }

    void setReturnComment(String returnComment) {
        this.returnComment = returnComment;
    }

    String getProcessInstanceId() {
        return processInstanceId;
    }

    void setProcessInstanceId(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    Instant getIssuedAt() {
        return issuedAt;
    }

    void issue(Instant when, LocalDate dateIfMissing) {
        this.status = PlanStatus.ISSUED;
        this.issuedAt = when;
        if (this.date == null) {
            this.date = dateIfMissing;
        }
    }
}
