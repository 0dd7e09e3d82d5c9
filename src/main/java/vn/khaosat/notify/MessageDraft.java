package vn.khaosat.notify;

/**
 * A message to put in the outbox. {@code dedupKey} names the event it is about for this recipient:
 * the same event enqueued twice (a retried step, a second node) gives one message.
 */
public record MessageDraft(NotificationKind kind, String recipient, String address, String subject, String text,
        String html, Attachment attachment, String dedupKey) {

    public record Attachment(String name, String contentType, byte[] content) {
    }
}
