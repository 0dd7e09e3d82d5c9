package vn.khaosat.org;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import vn.khaosat.base.InvalidInputException;

/** The rules of the unit and user forms; each broken rule names the field and an i18n message key. */
final class OrgValidation {

    /** ASVS 2.1.1: at least 12 characters for passwords users set (the demo logins predate the rule). */
    static final int MIN_PASSWORD_LENGTH = 12;
    private static final Pattern UNIT_CODE = Pattern.compile("[A-Z0-9_-]{1,20}");
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,50}");

    private final Map<String, String> errors = new LinkedHashMap<>();

    static String normalizeCode(String code) {
        return code == null ? "" : code.strip().toUpperCase();
    }

    static String normalizeUsername(String username) {
        return username == null ? "" : username.strip().toLowerCase();
    }

    void unitCode(String code, Optional<OrgUnit> sameCode, Long id) {
        if (code.isEmpty()) {
            errors.put("code", "validation.required");
        } else if (!UNIT_CODE.matcher(code).matches()) {
            errors.put("code", "validation.unitCode.format");
        } else if (sameCode.filter(u -> !u.getId().equals(id)).isPresent()) {
            errors.put("code", "validation.unitCode.taken");
        }
    }

    void username(String username, Optional<AppUser> sameName, Long id) {
        if (username.isEmpty()) {
            errors.put("username", "validation.required");
        } else if (!USERNAME.matcher(username).matches()) {
            errors.put("username", "validation.username.format");
        } else if (sameName.filter(u -> !u.getId().equals(id)).isPresent()) {
            errors.put("username", "validation.username.taken");
        }
    }

    void requiredText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            errors.put(field, "validation.required");
        } else if (value.strip().length() > maxLength) {
            errors.put(field, "validation.tooLong");
        }
    }

    void required(String field, Object value) {
        if (value == null) {
            errors.put(field, "validation.required");
        }
    }

    void password(String password) {
        if (password == null || password.isEmpty()) {
            errors.put("password", "validation.required");
        } else if (password.length() < MIN_PASSWORD_LENGTH) {
            errors.put("password", "validation.password.short");
        }
    }

    void check(boolean ok, String field, String messageKey) {
        if (!ok) {
            errors.putIfAbsent(field, messageKey);
        }
    }

    void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
