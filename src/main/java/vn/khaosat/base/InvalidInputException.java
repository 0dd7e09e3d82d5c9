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

    public Map<String, String> fieldMessageKeys() {
        return fieldMessageKeys;
    }
}
