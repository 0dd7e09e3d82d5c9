package vn.khaosat.collection.api;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import vn.khaosat.base.ApiLanguage;
import vn.khaosat.base.InvalidInputException;
import vn.khaosat.collection.CollectionService;
import vn.khaosat.collection.KioskService;
import vn.khaosat.collection.OfficerService;
import vn.khaosat.collection.QueuedRatingService;
import vn.khaosat.collection.Submission;
import vn.khaosat.collection.SubmissionRefusedException;
import vn.khaosat.collection.SubmissionResult;
import vn.khaosat.plan.RunningCampaign;
import vn.khaosat.plan.TemplateDetail;

/**
 * The public collection API for kiosk devices and the online form. A kiosk sends its token in
 * {@code X-Kiosk-Token}; without it a submission is an online one. Errors come back with a message
 * in Vietnamese (English with {@code Accept-Language: en}) and nothing stored.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Thu thập ý kiến", description = "Kiosk devices and the online form submit responses here")
public class ResponseApi {

    public static final String KIOSK_TOKEN = "X-Kiosk-Token";

    /** The questionnaire as a device renders it. */
    public record Questionnaire(String communeCode, String communeName, int year, String templateCode,
            int templateRevision, List<Level> levels, List<Area> areas, List<Field> fields, List<String> officers) {
    }

    /**
     * A rating the device queued: its time on the device's clock when the citizen finished it and
     * when the device sent it (the server moves the first by the difference between the second and
     * its own clock).
     */
    public record QueuedSubmission(Instant answeredAt, Instant sentAt, Submission response) {
    }

    public record Level(int level, String label, boolean satisfied) {
    }

    public record Area(String name, List<Criterion> criteria) {
    }

    public record Criterion(int criterion, String text, boolean optional) {
    }

    public record Field(String code, String name) {
    }

    public record Error(String error, String message, Map<String, String> fields) {
    }

    private final CollectionService collection;
    private final KioskService kiosks;
    private final QueuedRatingService queued;
    private final OfficerService officers;
    private final MessageSource messages;

    ResponseApi(CollectionService collection, KioskService kiosks, QueuedRatingService queued, OfficerService officers,
            MessageSource messages) {
        this.collection = collection;
        this.kiosks = kiosks;
        this.queued = queued;
        this.officers = officers;
        this.messages = messages;
    }

    @Operation(summary = "The questionnaire of a commune's running campaign (online form)")
    @GetMapping("/questionnaires/{communeCode}")
    public Questionnaire questionnaire(@PathVariable String communeCode, HttpServletRequest request) {
        return collection.questionnaire(communeCode)
                .map(campaign -> questionnaire(campaign, officers.officers(campaign.communeCode()), ApiLanguage.of(request)))
                .orElseThrow(() -> new SubmissionRefusedException("collection.error.noCampaign", 404));
    }

    @Operation(summary = "The questionnaire of the kiosk's commune (X-Kiosk-Token)")
    @GetMapping("/kiosk/questionnaire")
    public Questionnaire kioskQuestionnaire(@RequestHeader(KIOSK_TOKEN) String token, HttpServletRequest request) {
        KioskService.KioskIdentity kiosk = kiosk(token);
        return questionnaire(kiosk.communeCode(), request);
    }

    @Operation(summary = "Submit a response: 201 stored, 200 already stored under this clientId, "
            + "400 invalid (per-field messages), 401 unknown or revoked kiosk, 409 refused (no campaign, "
            + "receipt code used), 429 too many submissions")
    @PostMapping("/responses")
    public ResponseEntity<SubmissionResult> submit(@RequestBody Submission submission,
            @RequestHeader(value = KIOSK_TOKEN, required = false) String token, HttpServletRequest request) {
        SubmissionResult result = token == null
                ? collection.submitOnline(submission, request.getRemoteAddr())
                : collection.submitAtKiosk(submission, kiosk(token), request.getRemoteAddr());
        return ResponseEntity.status(result.duplicate() ? HttpStatus.OK : HttpStatus.CREATED).body(result);
    }

    @Operation(summary = "Submit a rating queued on the device (offline kiosk, online form without network): "
            + "201 counted, 200 sent before, 202 kept for staff (no open window takes its day), 400 invalid, "
            + "401 unknown or revoked kiosk, 409 refused, 429 too many submissions")
    @PostMapping("/queued-responses")
    public ResponseEntity<QueuedRatingService.Result> submitQueued(@RequestBody QueuedSubmission body,
            @RequestHeader(value = KIOSK_TOKEN, required = false) String token, HttpServletRequest request) {
        if (body.response() == null) {
            throw new InvalidInputException(Map.of("response", "validation.required"));
        }
        QueuedRatingService.Result result = queued.submit(body.response(), body.answeredAt(), body.sentAt(),
                token == null ? null : kiosk(token), request.getRemoteAddr());
        HttpStatus status = switch (result.outcome()) {
            case STORED -> HttpStatus.CREATED;
            case DUPLICATE -> HttpStatus.OK;
            case KEPT -> HttpStatus.ACCEPTED;
        };
        return ResponseEntity.status(status).body(result);
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Error> invalid(InvalidInputException e, HttpServletRequest request) {
        Locale locale = ApiLanguage.of(request);
        Map<String, String> fields = e.fieldMessageKeys().entrySet().stream().collect(Collectors.toMap(
                Map.Entry::getKey, entry -> message(entry.getValue(), locale)));
        return ResponseEntity.badRequest().body(new Error("invalid", message("common.invalid", locale), fields));
    }

    @ExceptionHandler(SubmissionRefusedException.class)
    ResponseEntity<Error> refused(SubmissionRefusedException e, HttpServletRequest request) {
        return ResponseEntity.status(e.httpStatus())
                .body(new Error(e.messageKey(), message(e.messageKey(), ApiLanguage.of(request)), Map.of()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Error> unreadable(HttpServletRequest request) {
        String key = "collection.error.payload";
        return ResponseEntity.badRequest().body(new Error(key, message(key, ApiLanguage.of(request)), Map.of()));
    }

    private KioskService.KioskIdentity kiosk(String token) {
        return kiosks.authenticate(token)
                .orElseThrow(() -> new SubmissionRefusedException("collection.error.kioskToken", 401));
    }

    private static Questionnaire questionnaire(RunningCampaign campaign, List<String> officers, Locale locale) {
        boolean en = locale.getLanguage().equals("en");
        TemplateDetail t = campaign.template();
        return new Questionnaire(campaign.communeCode(), campaign.communeName(), campaign.year(), t.code(), t.revision(),
                t.levels().stream().map(l -> new Level(l.position(), en ? l.labelEn() : l.labelVi(), l.satisfied())).toList(),
                t.areas().stream().map(a -> new Area(en ? a.nameEn() : a.nameVi(), a.criteria().stream()
                        .map(c -> new Criterion(c.position(), en ? c.textEn() : c.textVi(), c.optional())).toList()))
                        .toList(),
                campaign.fields().stream().map(f -> new Field(f.code(), en ? f.nameEn() : f.nameVi())).toList(), officers);
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
