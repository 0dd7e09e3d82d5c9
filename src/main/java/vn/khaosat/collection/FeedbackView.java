package vn.khaosat.collection;

import java.time.Instant;
import java.time.LocalDate;

/** A feedback item as screens show it. */
public record FeedbackView(long id, long version, String communeCode, FeedbackSource source, String content,
        String contact, String trackingCode, LocalDate receivedOn, Instant dueAt, FeedbackStatus status, String answer,
        String answeredBy, String returnComment, String approvedBy, Instant notifiedAt, Instant remindedAt) {
}
