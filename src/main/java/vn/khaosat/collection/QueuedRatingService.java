package vn.khaosat.collection;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.khaosat.base.DbTime;
import vn.khaosat.base.InvalidInputException;

/**
 * Ratings a kiosk tablet or a citizen's phone queued while the network was gone, sent later. The
 * device's clock may be wrong, so the day of a rating is the device's time of the rating moved by
 * the device's skew (the server's time at arrival minus the device's time at sending). That day
 * decides the period, by the windows every channel follows. A rating whose day no open window
 * takes any more is kept for staff to see, never dropped; the client id makes every resend count
 * once, whichever way the first one went.
 */
@Service
public class QueuedRatingService {

    /** A device's clock may run this far ahead of its own sending time (its second ticked between the two reads). */
    static final Duration SEND_TOLERANCE = Duration.ofMinutes(1);

    public enum Outcome {
        /** Counted in a period. */
        STORED,
        /** Sent before; the first arrival stands. */
        DUPLICATE,
        /** No open window takes its day: kept for staff, counted nowhere. */
        KEPT
    }

    public record Result(Outcome outcome, Long responseId) {
    }

    /** A kept rating as staff see it. */
    public record KeptRating(long id, String communeCode, String kioskName, String channel, Instant answeredAt,
            Instant receivedAt, long clockSkewSeconds) {
    }

    private final CollectionService collection;
    private final SubmissionRateLimiter limiter;
    private final KioskService kiosks;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    QueuedRatingService(CollectionService collection, SubmissionRateLimiter limiter, KioskService kiosks,
            JdbcTemplate jdbc, ObjectMapper json, Clock clock) {
        this.collection = collection;
        this.limiter = limiter;
        this.kiosks = kiosks;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Takes one queued rating. {@code kiosk} is null for the online form.
     *
     * @param answeredAt the device's time when the citizen finished the rating
     * @param sentAt the device's time when it sent this request
     */
    public Result submit(Submission submission, Instant answeredAt, Instant sentAt, KioskService.KioskIdentity kiosk,
            String clientAddress) {
        limiter.acquire(clientAddress, kiosk == null ? null : kiosk.kioskId());
        Submission s = kiosk == null ? submission : CollectionService.atKiosk(submission, kiosk);
        CollectionService.checkShape(s);
        if (s.clientId() == null || s.clientId().isBlank()) {
            throw new InvalidInputException(Map.of("clientId", "validation.required"));
        }
        if (answeredAt == null || sentAt == null) {
            throw new InvalidInputException(Map.of(answeredAt == null ? "answeredAt" : "sentAt", "validation.required"));
        }
        if (answeredAt.isAfter(sentAt.plus(SEND_TOLERANCE))) {
            throw new InvalidInputException(Map.of("answeredAt", "collection.queue.answeredAfterSent"));
        }
        Instant now = clock.instant();
        Duration skew = Duration.between(sentAt, now);
        if (kiosk != null) {
            kiosks.seen(kiosk.kioskId(), now, skew);
        }
        Instant answered = answeredAt.plus(skew);
        LocalDate day = LocalDate.ofInstant(answered.isAfter(now) ? now : answered, clock.getZone());
        if (isKept(s.clientId())) {
            // kept at an earlier sending; a tablet whose clock was corrected since may now date it inside a window
            return new Result(Outcome.DUPLICATE, null);
        }
        if (collection.campaignTaking(s.communeCode(), day).isPresent()) {
            SubmissionResult stored = collection.storeQueued(s, kiosk == null ? null : kiosk.kioskId(), day);
            return new Result(stored.duplicate() ? Outcome.DUPLICATE : Outcome.STORED, stored.responseId());
        }
        Optional<SubmissionResult> counted = collection.earlierSubmission(s.clientId(), s.communeCode());
        if (counted.isPresent()) {
            // its first arrival was counted while the window was open; its acknowledgement was lost
            return new Result(Outcome.DUPLICATE, counted.get().responseId());
        }
        int inserted = jdbc.update("INSERT IGNORE INTO kept_rating (client_id, commune_code, kiosk_id, channel, answered_at,"
                + " received_at, clock_skew_seconds, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", s.clientId(), s.communeCode(),
                kiosk == null ? null : kiosk.kioskId(), s.channel().name(), DbTime.utc(answered),
                DbTime.utc(now), skew.toSeconds(), payload(s, answeredAt, sentAt));
        return new Result(inserted == 1 ? Outcome.KEPT : Outcome.DUPLICATE, null);
    }

    private boolean isKept(String clientId) {
        return !jdbc.queryForList("SELECT id FROM kept_rating WHERE client_id = ?", Long.class, clientId).isEmpty();
    }

    /** The kept ratings of these communes, newest first. */
    public List<KeptRating> kept(List<String> communeCodes) {
        if (communeCodes.isEmpty()) {
            return List.of();
        }
        String marks = String.join(",", communeCodes.stream().map(c -> "?").toList());
        return jdbc.query("SELECT r.id, r.commune_code, k.name AS kiosk_name, r.channel, r.answered_at, r.received_at,"
                + " r.clock_skew_seconds"
                + " FROM kept_rating r LEFT JOIN kiosk k ON k.id = r.kiosk_id WHERE r.commune_code IN (" + marks + ")"
                + " ORDER BY r.received_at DESC, r.id DESC LIMIT 500",
                (rs, row) -> new KeptRating(rs.getLong("id"), rs.getString("commune_code"), rs.getString("kiosk_name"),
                        rs.getString("channel"), DbTime.instant(rs, "answered_at"), DbTime.instant(rs, "received_at"),
                        rs.getLong("clock_skew_seconds")),
                communeCodes.toArray());
    }

    private String payload(Submission s, Instant answeredAt, Instant sentAt) {
        try {
            return json.writeValueAsString(Map.of("response", s, "answeredAt", answeredAt.toString(),
                    "sentAt", sentAt.toString()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
