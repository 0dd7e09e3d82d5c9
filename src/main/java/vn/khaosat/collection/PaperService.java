package vn.khaosat.collection;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.khaosat.base.DbTime;
import vn.khaosat.base.CurrentUser;
import vn.khaosat.base.audit.AuditService;
import vn.khaosat.base.InvalidInputException;
import vn.khaosat.cycle.PublicationService;
import vn.khaosat.org.OrgService;
import vn.khaosat.plan.CampaignService;
import vn.khaosat.org.OrgUnit;
import vn.khaosat.plan.Channel;
import vn.khaosat.plan.RunningCampaign;
import vn.khaosat.plan.FieldView;
import vn.khaosat.plan.TemplateDetail;

/**
 * Paper forms of the user's commune: batches printed and issued per field (serials TX-2024-00001 …),
 * and collected forms typed in as one digit per criterion. A serial must belong to a batch of the
 * field and is entered once; an entered form can be deleted again, with an audit record.
 */
@Service
@Transactional(readOnly = true)
public class PaperService {

    static final int MAX_BATCH = 1000;
    private static final Pattern SERIAL = Pattern.compile("([A-Z0-9_-]+)-(\\d{4})-(\\d{5})");

    /** Issued and collected forms of one field. */
    public record FieldCount(FieldView field, int issued, int collected) {
    }

    /** An entered form as the entry screen lists it. */
    public record EnteredForm(long responseId, String serial, LocalDate givenOn, String digits) {
    }

    private final PaperFormBatchRepository batches;
    private final PublicationService publications;
    private final CampaignService campaigns;
    private final CollectionService collection;
    private final OrgService org;
    private final CurrentUser currentUser;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String publicUrl;
    private final AuditService audit;

    PaperService(PaperFormBatchRepository batches, PublicationService publications, CampaignService campaigns,
            CollectionService collection, OrgService org, CurrentUser currentUser, JdbcTemplate jdbc, Clock clock,
            @Value("${app.public-url:http://localhost:8080}") String publicUrl, AuditService audit) {
        this.audit = audit;
        this.batches = batches;
        this.publications = publications;
        this.campaigns = campaigns;
        this.collection = collection;
        this.org = org;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** Issues a batch of forms for a field; returns its id for printing. */
    @Transactional
    public long issue(long fieldId, Integer count) {
        RunningCampaign campaign = campaign();
        if (!campaign.surveys(fieldId)) {
            throw new InvalidInputException(Map.of("field", "collection.error.field"));
        }
        if (count == null || count < 1 || count > MAX_BATCH) {
            throw new InvalidInputException(Map.of("count", "collection.paper.batchSize"));
        }
        PaperFormBatch batch = batches.saveAndFlush(new PaperFormBatch(campaign.id(), campaign.communeCode(), fieldId,
                batches.nextNumber(campaign.id()), count, LocalDate.now(clock), currentUser.requireUsername(),
                clock.instant()));
        // a batch is written once and never changed: its service audits it
        audit.record(campaign.communeCode(), "PaperFormBatch", batch.getId(), "CREATED", null, "field: " + fieldId
                + "\nserials: " + batch.getFirstNumber() + "–" + (batch.getFirstNumber() + count - 1));
        return batch.getId();
    }

    /** The first serial number of one of the commune's batches (the demo writes its forms' serials). */
    public int firstSerial(long batchId) {
        String commune = campaign().communeCode();
        return batches.findById(batchId).filter(batch -> batch.getCommuneCode().equals(commune))
                .map(PaperFormBatch::getFirstNumber)
                .orElseThrow(() -> new java.util.NoSuchElementException("no batch " + batchId + " of " + commune));
    }

    /** The printable forms of a batch, one page each. */
    public byte[] formsPdf(long batchId) {
        RunningCampaign campaign = campaign();
        PaperFormBatch batch = batches.findById(batchId).filter(b -> b.getCampaignId() == campaign.id())
                .orElseThrow(() -> new AccessDeniedException("no batch " + batchId + " in this campaign"));
        String fieldName = field(campaign, batch.getFieldId()).nameVi();
        List<PaperFormPdf.Form> forms = new ArrayList<>();
        for (int i = 0; i < batch.getFormCount(); i++) {
            forms.add(new PaperFormPdf.Form(serial(campaign, batch.getFirstNumber() + i), campaign.communeName(),
                    fieldName, publicUrl + "/khao-sat/" + campaign.communeCode()));
        }
        return PaperFormPdf.render(campaign.template(), forms);
    }

    public List<FieldCount> counts() {
        RunningCampaign campaign = campaign();
        Map<Long, Integer> issued = new LinkedHashMap<>();
        batches.findByCampaignId(campaign.id()).forEach(b -> issued.merge(b.getFieldId(), b.getFormCount(), Integer::sum));
        Map<Long, Integer> collected = new LinkedHashMap<>();
        jdbc.query("SELECT field_id, COUNT(*) AS n FROM survey_response WHERE campaign_id = ? AND channel = 'PAPER' "
                + "GROUP BY field_id", rs -> {
                    collected.put(rs.getLong("field_id"), rs.getInt("n"));
                }, campaign.id());
        return campaign.fields().stream().map(f -> new FieldCount(f, issued.getOrDefault(f.id(), 0),
                collected.getOrDefault(f.id(), 0))).toList();
    }

    /** The fields and questionnaire of the running campaign, for the entry screen. */
    public RunningCampaign questionnaire() {
        return campaign();
    }

    public List<EnteredForm> entered(long fieldId) {
        RunningCampaign campaign = campaign();
        List<TemplateDetail.Criterion> criteria = campaign.template().criteria();
        Map<Long, EnteredFormBuilder> forms = new LinkedHashMap<>();
        jdbc.query("SELECT r.id, r.paper_serial, r.given_on, a.criterion_id, a.level FROM survey_response r "
                + "LEFT JOIN response_answer a ON a.response_id = r.id "
                + "WHERE r.campaign_id = ? AND r.field_id = ? AND r.channel = 'PAPER' ORDER BY r.id DESC", rs -> {
                    EnteredFormBuilder form = forms.computeIfAbsent(rs.getLong("id"), id -> {
                        try {
                            return new EnteredFormBuilder(id, rs.getString("paper_serial"),
                                    rs.getDate("given_on").toLocalDate());
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    form.levels.put(rs.getLong("criterion_id"), rs.getInt("level"));
                }, campaign.id(), fieldId);
        return forms.values().stream().map(f -> new EnteredForm(f.id, f.serial, f.givenOn, digits(criteria, f.levels)))
                .toList();
    }

    /**
     * Stores a collected form: its serial, the day on it and one digit per criterion in the form's
     * order (1 = the best level; 0 skips a criterion asked only of some people).
     */
    @Transactional
    public SubmissionResult enter(long fieldId, LocalDate givenOn, String serial, String digits) {
        RunningCampaign campaign = campaign();
        FieldView field = campaign.fields().stream().filter(f -> f.id() == fieldId).findFirst()
                .orElseThrow(() -> new InvalidInputException(Map.of("field", "collection.error.field")));
        Map<String, String> errors = new LinkedHashMap<>();
        String normalized = serial == null ? "" : serial.strip().toUpperCase();
        Matcher m = SERIAL.matcher(normalized);
        // a form is printed in its campaign's year (the serial says which) and may be filled in after
        // that campaign's last cut-off: it then counts in the campaign whose windows hold its date
        Optional<RunningCampaign> printedIn = m.matches() ? campaigns.campaignOfYear(campaign.communeCode(),
                Integer.parseInt(m.group(2))) : Optional.empty();
        if (!m.matches() || !m.group(1).equals(campaign.communeCode()) || printedIn.isEmpty()) {
            errors.put("serial", "collection.paper.serialFormat");
        } else {
            int number = Integer.parseInt(m.group(3));
            boolean issued = batches.findByCampaignId(printedIn.get().id()).stream()
                    .anyMatch(b -> b.getFieldId() == fieldId && b.covers(number));
            if (!issued) {
                errors.put("serial", "collection.paper.serialNotIssued");
            } else if (jdbc.queryForObject("SELECT COUNT(*) FROM survey_response WHERE commune_code = ? AND paper_serial = ?",
                    Integer.class, campaign.communeCode(), normalized) > 0) {
                errors.put("serial", "collection.paper.serialEntered");
            }
        }
        if (givenOn == null) {
            errors.put("givenOn", "validation.required");
        } else if (givenOn.isAfter(LocalDate.now(clock))) {
            errors.put("givenOn", "collection.paper.dateFuture");
        } else if (campaigns.collectingCampaign(campaign.communeCode(), givenOn).isEmpty()) {
            // said with the other mistakes of the form, not after they are fixed
            errors.put("givenOn", "collection.paper.dateNoCampaign");
        }
        List<Submission.Answer> answers = new ArrayList<>();
        String compact = digits == null ? "" : digits.replaceAll("\\s", "");
        List<TemplateDetail.Criterion> criteria = campaign.template().criteria();
        if (compact.length() != criteria.size() || !compact.chars().allMatch(Character::isDigit)) {
            errors.put("digits", "collection.paper.digits");
        } else {
            for (int i = 0; i < criteria.size(); i++) {
                int level = compact.charAt(i) - '0';
                if (level != 0) {
                    answers.add(new Submission.Answer(criteria.get(i).position(), level));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        try {
            return collection.submitPaper(new Submission(campaign.communeCode(), field.code(), Channel.PAPER, givenOn,
                    answers, null, null, null, null, null), normalized);
        } catch (SubmissionRefusedException refused) {
            // shown beside the field it is about, never lost in the log
            throw new InvalidInputException(Map.of(refused.messageKey().equals("collection.paper.serialEntered")
                    ? "serial" : "givenOn", refused.messageKey()));
        }
    }

    /** Deletes an entered form, until the period it counts in is published; audited. */
    @Transactional
    public void delete(long responseId) {
        RunningCampaign campaign = campaign();
        String serial = jdbc.query("SELECT paper_serial FROM survey_response WHERE id = ? AND campaign_id = ? "
                + "AND channel = 'PAPER'", rs -> rs.next() ? rs.getString(1) : null, responseId, campaign.id());
        if (serial == null) {
            throw new AccessDeniedException("no paper form " + responseId + " in this campaign");
        }
        LocalDate countedOn = jdbc.queryForObject("SELECT counted_on FROM survey_response WHERE id = ?",
                LocalDate.class, responseId);
        if (publications.isDayPublished(campaign.communeCode(), campaign.cutOffDay(), countedOn)) {
            throw new InvalidInputException(Map.of("form", "collection.paper.published"));
        }
        jdbc.update("INSERT INTO response_audit (response_id, action, done_by, done_at, details) VALUES (?, 'DELETE', ?, ?, ?)",
                responseId, currentUser.requireUsername(), DbTime.utc(clock.instant()), "paper form " + serial);
        jdbc.update("DELETE FROM survey_response WHERE id = ?", responseId);
        audit.record(campaign.communeCode(), "SurveyResponse", responseId, "DELETED", "paper form " + serial
                + ", counted on " + countedOn, null);
    }

    // ---- inside

    private static final class EnteredFormBuilder {
        final long id;
        final String serial;
        final LocalDate givenOn;
        final Map<Long, Integer> levels = new LinkedHashMap<>();

        EnteredFormBuilder(long id, String serial, LocalDate givenOn) {
            this.id = id;
            this.serial = serial;
            this.givenOn = givenOn;
        }
    }

    private static String digits(List<TemplateDetail.Criterion> criteria, Map<Long, Integer> levels) {
        StringBuilder digits = new StringBuilder();
        criteria.forEach(c -> digits.append(levels.getOrDefault(c.id(), 0)));
        return digits.toString();
    }

    private RunningCampaign campaign() {
        OrgUnit unit = org.currentUnit();
        if (!unit.getType().isCommune() || !currentUser.hasRole("COMMUNE_STAFF")) {
            throw new AccessDeniedException("commune staff only");
        }
        return collection.questionnaire(unit.getCode())
                .orElseThrow(() -> new SubmissionRefusedException("collection.error.noCampaign", 409));
    }

    private static FieldView field(RunningCampaign campaign, long fieldId) {
        return campaign.fields().stream().filter(f -> f.id() == fieldId).findFirst().orElseThrow();
    }

    static String serial(RunningCampaign campaign, int number) {
        return "%s-%d-%05d".formatted(campaign.communeCode(), campaign.year(), number);
    }
}
