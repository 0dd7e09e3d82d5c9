package vn.khaosat.training;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import vn.khaosat.base.ApiLanguage;
import vn.khaosat.base.AppTime;
import vn.khaosat.collection.api.ResponseApi;
import vn.khaosat.org.Role;

/**
 * The training clock for scripts: read it, move it forward. Administrators only, and like the
 * screen only where {@code app.training-clock.enabled} is true (the demo profile): in production
 * neither the bean nor the address exists.
 */
@RestController
@RequestMapping("/api/v1/training-clock")
@ConditionalOnProperty(name = TrainingClockConfiguration.ENABLED, havingValue = "true")
@Tag(name = "Đồng hồ đào tạo", description = "Demo only: the application's time, moved forward by a trainer or a script")
public class TrainingClockApi {

    /** The clock as the application sees it, in Vietnam's offset, and the next steps due. */
    public record ClockState(OffsetDateTime now, OffsetDateTime nextCutOff, OffsetDateTime nextPublication,
            List<Step> nextSteps) {
    }

    public record Step(OffsetDateTime due, String process, String activity) {
    }

    /** The instant as ISO 8601 text with its offset; a bare number or a local time is refused, not guessed. */
    public record MoveRequest(String instant) {
    }

    /** Where the clock went and how many due steps ran or failed (failed ones stay for the job executor). */
    public record MoveResult(OffsetDateTime now, int ran, int failed) {
    }

    private final TrainingClock clock;
    private final MessageSource messages;

    TrainingClockApi(TrainingClock clock, MessageSource messages) {
        this.clock = clock;
        this.messages = messages;
    }

    @Operation(summary = "The application's time, the next cut-off, the next publication (08:00 on the 28th) and "
            + "the next ten steps due")
    @GetMapping
    public ResponseEntity<?> read(HttpServletRequest request) {
        if (!request.isUserInRole(Role.ADMIN.name())) {
            return refuse(HttpStatus.FORBIDDEN, "trainingClock.api.forbidden", request);
        }
        return ResponseEntity.ok(new ClockState(local(clock.now()), clock.nextCutOff().map(TrainingClockApi::local)
                .orElse(null), local(clock.nextPublication()), clock.nextSteps(10).stream()
                .map(s -> new Step(local(s.due()), s.process(), s.activity())).toList()));
    }

    @Operation(summary = "Move the clock forward to an instant (ISO 8601 with offset, e.g. 2026-12-28T08:00:00+07:00) "
            + "and run every step due by then; 400 when the instant is missing or not ahead of the clock")
    @PostMapping
    public ResponseEntity<?> move(@RequestBody MoveRequest move, HttpServletRequest request) {
        if (!request.isUserInRole(Role.ADMIN.name())) {
            return refuse(HttpStatus.FORBIDDEN, "trainingClock.api.forbidden", request);
        }
        String text = move == null ? null : move.instant();
        if (text == null) {
            return refuse(HttpStatus.BAD_REQUEST, "trainingClock.api.instant", request);
        }
        Instant to;
        try {
            to = OffsetDateTime.parse(text.trim()).toInstant();
        } catch (DateTimeParseException e) {
            return refuse(HttpStatus.BAD_REQUEST, "trainingClock.api.instant", request);
        }
        if (!to.isAfter(clock.now())) {
            return refuse(HttpStatus.BAD_REQUEST, "trainingClock.api.forwardOnly", request);
        }
        TrainingClock.Moved moved = clock.moveTo(to);
        return ResponseEntity.ok(new MoveResult(local(moved.now()), moved.ran(), moved.failed()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ResponseApi.Error> unreadable(HttpServletRequest request) {
        return refuse(HttpStatus.BAD_REQUEST, "trainingClock.api.instant", request);
    }

    private ResponseEntity<ResponseApi.Error> refuse(HttpStatus status, String key, HttpServletRequest request) {
        return ResponseEntity.status(status).body(new ResponseApi.Error(key,
                messages.getMessage(key, null, key, ApiLanguage.of(request)), Map.of()));
    }

    private static OffsetDateTime local(Instant instant) {
        return instant.atZone(AppTime.ZONE).toOffsetDateTime();
    }
}
