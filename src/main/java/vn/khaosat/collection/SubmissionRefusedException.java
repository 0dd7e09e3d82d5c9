package vn.khaosat.collection;

/**
 * A submission refused as a whole, with an i18n message key and the HTTP status the API answers:
 * a closed campaign, a used receipt code, a revoked kiosk, too many submissions. Nothing was stored.
 */
public class SubmissionRefusedException extends RuntimeException {

    private final String messageKey;
    private final int httpStatus;

    public SubmissionRefusedException(String messageKey, int httpStatus) {
        super(messageKey);
        this.messageKey = messageKey;
        this.httpStatus = httpStatus;
    }

    public String messageKey() {
        return messageKey;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
