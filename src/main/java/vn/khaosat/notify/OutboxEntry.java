package vn.khaosat.notify;

import java.time.Instant;

/** A message in the outbox as senders and the admin's screen see it. */
public record OutboxEntry(long id, String channel, NotificationKind kind, String recipient, String address,
        String subject, String text, String html, String attachmentName, String attachmentType, byte[] attachment,
        String status, int attempts, Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt) {
}
