package vn.khaosat.notify;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import vn.khaosat.base.CurrentUser;
import vn.khaosat.base.DbTime;
import vn.khaosat.base.audit.AuditService;

/**
 * The outbox: messages are queued in the transaction of the event that causes them and delivered by
 * {@link #dispatch}, outside any workflow transaction, so a mail server that is down neither blocks
 * nor rolls back a step. A failed attempt is retried with growing pauses; after the last one the
 * message is FAILED and listed for the admin, who may send it again.
 * <p>
 * Several nodes may dispatch at once: each first claims rows with one UPDATE (InnoDB re-checks the
 * claim condition after waiting on a row lock, so two claims never take the same row) and sends only
 * what it claimed. A node that dies mid-batch leaves its claim to expire; the row is then sent by
 * another node, so a mail is sent at least once and, unless a node dies between the server's "OK"
 * and the row's update, exactly once.
 */
@Service
public class Outbox {

    public static final String PENDING = "PENDING";
    public static final String SENT = "SENT";
    public static final String FAILED = "FAILED";
    /** Pauses after the 1st, 2nd, … failed attempt; after the last pause's attempt fails, FAILED. */
    static final List<Duration> BACKOFF = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15),
            Duration.ofHours(1), Duration.ofHours(4), Duration.ofHours(12));
    private static final Duration CLAIM = Duration.ofMinutes(5);
    private static final int BATCH = 20;
    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final JdbcTemplate jdbc;
    private final Map<String, MessageSender> senders;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    Outbox(JdbcTemplate jdbc, List<MessageSender> senders, CurrentUser currentUser, AuditService audit, Clock clock) {
        this.jdbc = jdbc;
        this.senders = senders.stream().collect(Collectors.toMap(MessageSender::channel, Function.identity()));
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether mail is configured: nothing is queued for a channel that cannot send. */
    public boolean mailOn() {
        return senders.get(EmailSender.CHANNEL).available();
    }

    /** Queues an email; false when its event was queued before (same dedup key). */
    public boolean enqueue(MessageDraft draft) {
        Instant now = clock.instant();
        MessageDraft.Attachment a = draft.attachment();
        return jdbc.update("INSERT IGNORE INTO outbox_message (channel, kind, recipient, address, subject, text_body, "
                + "html_body, attachment_name, attachment_type, attachment, dedup_key, status, next_attempt_at, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                EmailSender.CHANNEL, draft.kind().name(), draft.recipient(), draft.address(),
                abbreviate(draft.subject(), 300), draft.text(), draft.html(), a == null ? null : a.name(),
                a == null ? null : a.contentType(), a == null ? null : a.content(), draft.dedupKey(), PENDING,
                DbTime.utc(now), DbTime.utc(now)) > 0;
    }

    public boolean queued(String dedupKey) {
        return !jdbc.queryForList("SELECT id FROM outbox_message WHERE dedup_key = ?", Long.class, dedupKey).isEmpty();
    }

    /** When the user's last message of this kind was queued, if ever. */
    Optional<Instant> lastQueued(String recipient, NotificationKind kind) {
        return Optional.ofNullable(jdbc.queryForObject(
                "SELECT MAX(created_at) AS last FROM outbox_message WHERE recipient = ? AND kind = ?",
                (rs, row) -> DbTime.instant(rs, "last"), recipient, kind.name()));
    }

    /**
     * Sends what is due, in batches, until nothing due is left unclaimed. {@code node} names the
     * caller in the claim; returns how many messages were sent.
     */
    public int dispatch(String node) {
        int sent = 0;
        while (true) {
            String claim = node + "/" + UUID.randomUUID();
            Instant now = clock.instant();
            int claimed = jdbc.update("UPDATE outbox_message SET claimed_by = ?, claimed_until = ? "
                    + "WHERE status = 'PENDING' AND next_attempt_at <= ? AND (claimed_until IS NULL OR claimed_until < ?) "
                    + "ORDER BY id LIMIT ?",
                    claim, DbTime.utc(now.plus(CLAIM)), DbTime.utc(now), DbTime.utc(now), BATCH);
            if (claimed == 0) {
                return sent;
            }
            for (OutboxEntry message : jdbc.query("SELECT * FROM outbox_message WHERE claimed_by = ? ORDER BY id",
                    ENTRY, claim)) {
                if (attempt(message, claim)) {
                    sent++;
                }
            }
        }
    }

    private boolean attempt(OutboxEntry message, String claim) {
        MessageSender sender = senders.get(message.channel());
        try {
            if (sender == null || !sender.available()) {
                throw new IllegalStateException("channel " + message.channel() + " is not configured");
            }
            sender.send(message);
        } catch (Exception e) {
            int attempts = message.attempts() + 1;
            boolean last = attempts > BACKOFF.size();
            String error = abbreviate(e.getClass().getSimpleName() + ": " + e.getMessage(), 1000);
            Instant retryAt = clock.instant().plus(last ? Duration.ZERO : BACKOFF.get(attempts - 1));
            jdbc.update("UPDATE outbox_message SET attempts = ?, status = ?, next_attempt_at = ?, last_error = ?, "
                    + "claimed_by = NULL, claimed_until = NULL WHERE id = ? AND claimed_by = ?",
                    attempts, last ? FAILED : PENDING, DbTime.utc(retryAt), error, message.id(), claim);
            if (last) {
                log.warn("Outbox: message {} to {} failed for good after {} attempts: {}", message.id(),
                        message.recipient(), attempts, error);
            } else {
                log.info("Outbox: message {} to {} not sent ({}), next attempt at {}", message.id(),
                        message.recipient(), error, retryAt);
            }
            return false;
        }
        jdbc.update("UPDATE outbox_message SET attempts = attempts + 1, status = 'SENT', sent_at = ?, last_error = NULL, "
                + "claimed_by = NULL, claimed_until = NULL WHERE id = ? AND claimed_by = ?",
                DbTime.utc(clock.instant()), message.id(), claim);
        return true;
    }

    // ---- the admin's view

    /** Messages that failed for good, newest first. */
    public List<OutboxEntry> failed() {
        requireAdmin();
        return jdbc.query("SELECT * FROM outbox_message WHERE status = 'FAILED' ORDER BY id DESC LIMIT 500", ENTRY);
    }

    /** How many messages are in each status. */
    public Map<String, Long> counts() {
        requireAdmin();
        return jdbc.query("SELECT status, COUNT(*) AS n FROM outbox_message GROUP BY status",
                (ResultSet rs) -> {
                    Map<String, Long> counts = new java.util.TreeMap<>();
                    while (rs.next()) {
                        counts.put(rs.getString("status"), rs.getLong("n"));
                    }
                    return counts;
                });
    }

    /** The admin sends a failed message again (after fixing an address or the server). */
    public void retry(long id) {
        requireAdmin();
        int changed = jdbc.update("UPDATE outbox_message SET status = 'PENDING', attempts = 0, next_attempt_at = ?, "
                + "claimed_by = NULL, claimed_until = NULL WHERE id = ? AND status = 'FAILED'",
                DbTime.utc(clock.instant()), id);
        if (changed > 0) {
            audit.record(null, "OutboxMessage", id, "RETRIED", FAILED, PENDING);
        }
    }

    private void requireAdmin() {
        if (!currentUser.hasRole("ADMIN")) {
            throw new AccessDeniedException("the outbox is the admin's");
        }
    }

    private static String abbreviate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static final RowMapper<OutboxEntry> ENTRY = (rs, row) -> entry(rs);

    private static OutboxEntry entry(ResultSet rs) throws SQLException {
        return new OutboxEntry(rs.getLong("id"), rs.getString("channel"), NotificationKind.valueOf(rs.getString("kind")),
                rs.getString("recipient"), rs.getString("address"), rs.getString("subject"), rs.getString("text_body"),
                rs.getString("html_body"), rs.getString("attachment_name"), rs.getString("attachment_type"),
                rs.getBytes("attachment"), rs.getString("status"), rs.getInt("attempts"),
                DbTime.instant(rs, "next_attempt_at"), rs.getString("last_error"), DbTime.instant(rs, "created_at"),
                DbTime.instant(rs, "sent_at"));
    }
}
