package vn.khaosat.base;

import java.util.Map;

/**
 * Input a service refused, with an i18n message key per field; nothing was saved. Screens show each
 * message next to its field.
 */
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> fieldMessageKeys;

    public InvalidInputException(Map<String, String> fieldMessageKeys) {
        super("invalid input: " + fieldMessageKeys);
        this.fieldMessageKeys = Map.copyOf(fieldMessageKeys);
    }

    /** Refuses a missing or blank text for that field with that message (a return comment, a reason, a name). */
    public static void requireText(String value, String field, String messageKey) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(Map.of(field, messageKey));
        }
    }

    public Map<String, String> fieldMessageKeys() {
        return fieldMessageKeys;
    }
}
