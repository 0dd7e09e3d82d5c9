package vn.khaosat.collection;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

import vn.khaosat.base.DbTime;
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

    /**
     * Stores a new response and its answers with two statements (the answers as one batch) and
     * returns its id. Ingestion's hot path: Hibernate's persist and flush cost a fifth of a
     * kiosk submission's CPU in B1, for a row that is never updated. Joins the caller's
     * transaction; a stored client id, receipt code or paper serial throws DuplicateKeyException.
     */
    long insert(JdbcTemplate jdbc) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("INSERT INTO survey_response (campaign_id, "
                    + "commune_code, field_id, channel, template_id, given_on, counted_on, submitted_at, client_id, "
                    + "receipt_code, respondent_type, officer, comment_text, kiosk_id, paper_serial) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
            insert.setLong(1, campaignId);
            insert.setString(2, communeCode);
            insert.setLong(3, fieldId);
            insert.setString(4, channel.name());
            insert.setLong(5, templateId);
            insert.setObject(6, givenOn);
            insert.setObject(7, countedOn);
            // UTC wall time, as Hibernate writes an Instant, whatever the JVM's zone
            insert.setObject(8, DbTime.utc(submittedAt));
            insert.setString(9, clientId);
            insert.setString(10, receiptCode);
            insert.setString(11, respondentType == null ? null : respondentType.name());
            insert.setString(12, officer);
            insert.setString(13, comment);
            insert.setObject(14, kioskId);
            insert.setString(15, paperSerial);
            return insert;
        }, key);
        long newId = Objects.requireNonNull(key.getKey()).longValue();
        List<Object[]> rows = new ArrayList<>();
        answers.forEach((criterion, level) -> rows.add(new Object[] { newId, criterion, level }));
        jdbc.batchUpdate("INSERT INTO response_answer (response_id, criterion_id, level) VALUES (?, ?, ?)", rows);
        this.id = newId;
        return newId;
    }

    Long getId() {
        return id;
    }

    String getCommuneCode() {
        return communeCode;
    }
}
