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

    /**
     * The text of a field that must be given and may hold at most {@code maxLength} characters,
     * stripped; a missing or blank one is refused with that message, a longer one as too long.
     */
    public static String requireText(String value, String field, String messageKey, int maxLength) {
        requireText(value, field, messageKey);
        String text = value.strip();
        if (text.length() > maxLength) {
            throw new InvalidInputException(Map.of(field, "validation.tooLong"));
        }
        return text;
    }

    public Map<String, String> fieldMessageKeys() {
        return fieldMessageKeys;
    }
}
