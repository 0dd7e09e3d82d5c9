package vn.khaosat.collection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import vn.khaosat.plan.Channel;

/** A stored response. Responses are not edited through this class: a response is what was said. */
@Entity
@Table(name = "survey_response")
class SurveyResponse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id", nullable = false)
    private long campaignId;

    @Column(name = "commune_code", nullable = false)
    private String communeCode;

    @Column(name = "field_id", nullable = false)
    private long fieldId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    @Column(name = "template_id", nullable = false)
    private long templateId;

    @Column(name = "given_on", nullable = false)
    private LocalDate givenOn;

    @Column(name = "counted_on", nullable = false)
    private LocalDate countedOn;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "client_id")
    private String clientId;

    @Column(name = "receipt_code")
    private String receiptCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "respondent_type")
    private RespondentType respondentType;

    @Column
    private String officer;

    @Column(name = "comment_text")
    private String comment;

    @Column(name = "kiosk_id")
    private Long kioskId;

    @Column(name = "paper_serial")
    private String paperSerial;

    /** criterion id → level */
    @ElementCollection
    @CollectionTable(name = "response_answer", joinColumns = @JoinColumn(name = "response_id"))
    @MapKeyColumn(name = "criterion_id")
    @Column(name = "level", nullable = false)
    private Map<Long, Integer> answers = new HashMap<>();

    protected SurveyResponse() {
    }

    SurveyResponse(long campaignId, String communeCode, long fieldId, Channel channel, long templateId,
            LocalDate givenOn, LocalDate countedOn, Instant submittedAt, String clientId, String receiptCode, RespondentType respondentType,
            String officer, String comment, Long kioskId, Map<Long, Integer> answers) {
        this.campaignId = campaignId;
        this.communeCode = communeCode;
        this.fieldId = fieldId;
        this.channel = channel;
        this.templateId = templateId;
        this.givenOn = givenOn;
        this.countedOn = countedOn;
        this.submittedAt = submittedAt;
        this.clientId = clientId;
        this.receiptCode = receiptCode;
        this.respondentType = respondentType;
        this.officer = officer;
        this.comment = comment;
        this.kioskId = kioskId;
        this.answers = new HashMap<>(answers);
    }

    void setPaperSerial(String paperSerial) {
        this.paperSerial = paperSerial;
    }

    Long getId() {
        return id;
    }

    String getCommuneCode() {
        return communeCode;
    }
}
