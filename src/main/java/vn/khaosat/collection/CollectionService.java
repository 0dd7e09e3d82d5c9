package vn.khaosat.collection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.khaosat.base.CleanText;
import vn.khaosat.base.InvalidInputException;
import vn.khaosat.cycle.PublicationService;
import vn.khaosat.plan.CampaignService;
import vn.khaosat.plan.Channel;
import vn.khaosat.plan.RunningCampaign;
import vn.khaosat.plan.FieldView;
import vn.khaosat.plan.TemplateDetail;

/**
 * Takes responses from every channel. A response is checked against its commune's running
 * campaign (field, channel, the template's criteria and scale) and stored with its answers in one
 * transaction, or refused with nothing stored. A retry with the same client id returns the stored
 * response instead of a second one; a receipt code counts once per campaign.
 */
@Service
public class CollectionService {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9_-]{1,20}");
    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9-]{8,64}");
    private static final Pattern RECEIPT_CODE = Pattern.compile("[A-Za-z0-9./_-]{1,50}");
    static final int MAX_COMMENT = 2000;

    private final SurveyResponseRepository responses;
    private final CampaignService campaigns;
    private final SubmissionRateLimiter limiter;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final PublicationService publications;
    private final JdbcTemplate jdbc;

    CollectionService(SurveyResponseRepository responses, CampaignService campaigns, SubmissionRateLimiter limiter,
            TransactionTemplate transaction, Clock clock, PublicationService publications, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.responses = responses;
        this.campaigns = campaigns;
        this.limiter = limiter;
        this.transaction = transaction;
        this.clock = clock;
        this.publications = publications;
    }

    /**
     * The questionnaire a commune's kiosk or online form shows today: the campaign a response given
     * today belongs to ({@link CampaignService#collectingCampaign}), on any day of the year.
     */
    public Optional<RunningCampaign> questionnaire(String communeCode) {
        return campaigns.collectingCampaign(communeCode, LocalDate.now(clock));
    }

    /** A citizen's answer from the public online form (or the API without a kiosk token). */
    public SubmissionResult submitOnline(Submission submission, String clientAddress) {
        limiter.acquire(clientAddress, null);
        return storeOnline(submission);
    }

    /** A citizen's answer at a registered kiosk; the commune is the kiosk's. */
    public SubmissionResult submitAtKiosk(Submission submission, KioskService.KioskIdentity kiosk, String clientAddress) {
        limiter.acquire(clientAddress, kiosk.kioskId());
        return storeAtKiosk(submission, kiosk);
    }

    /**
     * Responses recorded elsewhere and sent in one go by a trusted sender (the demo's history, given
     * day by day on the engine clock): checked and stored exactly as on their channel (a kiosk's
     * commune and channel are the kiosk's), without the per-minute quota that keeps scripts off the
     * public paths, which a year replayed in a minute would exceed.
     */
    public SubmissionResult submitRecorded(Submission submission, KioskService.KioskIdentity kiosk) {
        return kiosk == null ? storeOnline(submission) : storeAtKiosk(submission, kiosk);
    }

    private SubmissionResult storeOnline(Submission submission) {
        requireChannel(submission, Channel.ONLINE);
        return store(submission, null);
    }

    private static void requireChannel(Submission submission, Channel channel) {
        if (submission.channel() != channel) {
            throw new InvalidInputException(Map.of("channel", "collection.error.channel"));
        }
    }

    private SubmissionResult storeAtKiosk(Submission submission, KioskService.KioskIdentity kiosk) {
        return store(atKiosk(submission, kiosk), kiosk.kioskId());
    }

    /**
     * A rating a device queued and sends now, answered on {@code answeredOn} (the device's date
     * corrected by its clock skew, see {@link QueuedRatingService}): stored as on its channel,
     * counted in the period of that day (or of today when that day's period is published). A kiosk's
     * rating comes already as {@link #atKiosk} made it; without a kiosk it is an online one.
     */
    SubmissionResult storeQueued(Submission submission, Long kioskId, LocalDate answeredOn) {
        if (kioskId == null) {
            requireChannel(submission, Channel.ONLINE);
        }
        return store(submission, kioskId, null, answeredOn);
    }

    /**
     * The campaign that still takes an answer given on that day: the one collecting then, unless the
     * day's period is published and today belongs to another campaign (its year is over), where the
     * answer can count nowhere.
     */
    Optional<RunningCampaign> campaignTaking(String communeCode, LocalDate day) {
        return campaigns.collectingCampaign(communeCode, day).filter(campaign -> {
            LocalDate counted = countedOn(campaign, day);
            return counted.equals(day) || campaigns.collectingCampaign(communeCode, counted)
                    .filter(today -> today.id() == campaign.id()).isPresent();
        });
    }

    /** The submission as the kiosk sends it: its commune, its channel and today. */
    static Submission atKiosk(Submission submission, KioskService.KioskIdentity kiosk) {
        // the kiosk decides the commune, the channel and the day: a body that says otherwise is refused, not corrected
        Map<String, String> notTaken = new LinkedHashMap<>();
        if (submission.givenOn() != null) {
            notTaken.put("givenOn", "collection.error.givenOnNotTaken");
        }
        if (submission.communeCode() != null && !submission.communeCode().equals(kiosk.communeCode())) {
            notTaken.put("communeCode", "collection.error.notKioskCommune");
        }
        if (submission.channel() != null && submission.channel() != Channel.KIOSK) {
            notTaken.put("channel", "collection.error.channel");
        }
        if (!notTaken.isEmpty()) {
            throw new InvalidInputException(notTaken);
        }
        return new Submission(kiosk.communeCode(), submission.fieldCode(), Channel.KIOSK, null,
                submission.answers(), submission.respondentType(), submission.officer(), submission.comment(),
                submission.receiptCode(), submission.clientId());
    }

    /**
     * A paper form typed in by staff; {@link PaperService} has checked its serial against the forms
     * issued. A serial is entered once per campaign.
     */
    SubmissionResult submitPaper(Submission submission, String serial) {
        requireChannel(submission, Channel.PAPER);
        return store(submission, null, serial, null);
    }

    private SubmissionResult store(Submission s, Long kioskId) {
        return store(s, kioskId, null, null);
    }

    /** {@code answeredOn}: the day a queued kiosk or online rating was given; null for today. */
    private SubmissionResult store(Submission s, Long kioskId, String paperSerial, LocalDate answeredOn) {
        checkShape(s);
        String clientId = blankToNull(s.clientId());
        String receipt = blankToNull(s.receiptCode());
        // a retry is found when its insert meets the unique client id (below): the first try,
        // by far the common case, costs no lookup
        LocalDate givenOn = s.channel() == Channel.PAPER ? s.givenOn()
                : answeredOn != null ? answeredOn : LocalDate.now(clock);
        if (givenOn.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException(Map.of("givenOn", "collection.paper.dateFuture"));
        }
        RunningCampaign campaign = campaigns.collectingCampaign(s.communeCode(), givenOn)
                .orElseThrow(() -> new SubmissionRefusedException(s.channel() == Channel.PAPER
                        ? "collection.paper.dateNoCampaign" : "collection.error.noCampaign", 409));
        if (!campaign.channels().contains(s.channel())) {
            throw new SubmissionRefusedException("collection.error.channelNotInPlan", 409);
        }
        FieldView field = campaign.fields().stream().filter(f -> f.code().equalsIgnoreCase(s.fieldCode().strip()))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(Map.of("fieldCode", "collection.error.field")));
        Map<Long, Integer> answers = answers(s, campaign.template());
        if (receipt != null && responses.existsByCampaignIdAndReceiptCode(campaign.id(), receipt)) {
            // the receipt's response may be this very submission, sent again
            return earlierSubmission(clientId, s.communeCode())
                    .orElseThrow(() -> new SubmissionRefusedException("collection.error.receiptUsed", 409));
        }
        SurveyResponse response = new SurveyResponse(campaign.id(), s.communeCode(), field.id(), s.channel(),
                campaign.template().id(), givenOn, countedOn(campaign, givenOn), clock.instant(), clientId, receipt, s.respondentType(),
                blankToNull(CleanText.of(s.officer())), blankToNull(CleanText.of(s.comment())), kioskId, answers);
        response.setPaperSerial(paperSerial);
        try {
            Long id = transaction.execute(status -> response.insert(jdbc));
            return new SubmissionResult(id, false);
        } catch (DataIntegrityViolationException raced) {
            // a retry (its client id is stored), or a second use of the receipt code or serial
            Optional<SubmissionResult> earlier = earlierSubmission(clientId, s.communeCode());
            if (earlier.isPresent()) {
                return earlier.get();
            }
            throw new SubmissionRefusedException(paperSerial != null ? "collection.paper.serialEntered"
                    : "collection.error.receiptUsed", 409);
        }
    }

    /**
     * A form dated in a period already published counts in the open period of today: published
     * figures never change, and the answer is not lost.
     */
    private LocalDate countedOn(RunningCampaign campaign, LocalDate givenOn) {
        LocalDate today = LocalDate.now(clock);
        if (givenOn.isBefore(today) && publications.isDayPublished(campaign.communeCode(), campaign.cutOffDay(), givenOn)) {
            return today;
        }
        return givenOn;
    }

    /** The response stored before under this client id, if any; refused when it belongs to another commune. */
    Optional<SubmissionResult> earlierSubmission(String clientId, String communeCode) {
        if (clientId == null) {
            return Optional.empty();
        }
        return responses.findByClientId(clientId).map(stored -> {
            if (!stored.getCommuneCode().equals(communeCode)) {
                throw new SubmissionRefusedException("collection.error.clientIdTaken", 409);
            }
            return new SubmissionResult(stored.getId(), true);
        });
    }

    static void checkShape(Submission s) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (s.communeCode() == null || s.communeCode().isBlank()) {
            errors.put("communeCode", "validation.required");
        } else if (!CODE.matcher(s.communeCode()).matches()) {
            // matched exactly: "TX" with a combining mark is not Xã Tây Xuân, whatever the collation says
            errors.put("communeCode", "collection.error.code");
        }
        if (s.fieldCode() == null || s.fieldCode().isBlank()) {
            errors.put("fieldCode", "validation.required");
        } else if (!CODE.matcher(s.fieldCode()).matches()) {
            errors.put("fieldCode", "collection.error.code");
        }
        if (s.channel() == null) {
            errors.put("channel", "validation.required");
        } else if (s.channel() == Channel.PAPER && s.givenOn() == null) {
            errors.put("givenOn", "validation.required");
        } else if (s.channel() != Channel.PAPER && s.givenOn() != null) {
            // a kiosk or online answer is given today: a date sent with it would be dropped, so it is refused
            errors.put("givenOn", "collection.error.givenOnNotTaken");
        }
        if (s.answers() == null || s.answers().isEmpty()) {
            errors.put("answers", "collection.error.answersIncomplete");
        }
        if (s.clientId() != null && !s.clientId().isBlank() && !CLIENT_ID.matcher(s.clientId()).matches()) {
            errors.put("clientId", "collection.error.clientId");
        }
        if (s.receiptCode() != null && !s.receiptCode().isBlank() && !RECEIPT_CODE.matcher(s.receiptCode().strip()).matches()) {
            errors.put("receiptCode", "collection.error.receiptCode");
        }
        if (s.comment() != null && CleanText.of(s.comment()).length() > MAX_COMMENT) {
            errors.put("comment", "validation.tooLong");
        }
        if (s.officer() != null && s.officer().length() > 200) {
            errors.put("officer", "validation.tooLong");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** Criterion position → level, checked against the template: known criteria, levels on the scale, required ones answered. */
    private static Map<Long, Integer> answers(Submission s, TemplateDetail template) {
        Map<Integer, TemplateDetail.Criterion> byPosition = new HashMap<>();
        template.criteria().forEach(c -> byPosition.put(c.position(), c));
        Map<Long, Integer> answers = new HashMap<>();
        for (Submission.Answer answer : s.answers()) {
            TemplateDetail.Criterion criterion = answer == null ? null : byPosition.get(answer.criterion());
            if (criterion == null) {
                throw new InvalidInputException(Map.of("answers", "collection.error.criterion"));
            }
            if (answer.level() < 1 || answer.level() > template.levels().size()) {
                throw new InvalidInputException(Map.of("answers", "collection.error.level"));
            }
            if (answers.put(criterion.id(), answer.level()) != null) {
                throw new InvalidInputException(Map.of("answers", "collection.error.criterionTwice"));
            }
        }
        boolean complete = template.criteria().stream().filter(c -> !c.optional())
                .allMatch(c -> answers.containsKey(c.id()));
        if (!complete) {
            throw new InvalidInputException(Map.of("answers", "collection.error.answersIncomplete"));
        }
        return answers;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
