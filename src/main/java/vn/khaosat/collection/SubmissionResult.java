package vn.khaosat.collection;

/** The stored response; {@code duplicate} when it had been stored before under the same client id. */
public record SubmissionResult(long responseId, boolean duplicate) {
}
