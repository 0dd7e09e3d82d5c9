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
    /** One address, ASCII local part and domain with a dot: what an SMTP server of a commune takes. */
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

    private final Map<String, String> errors = new LinkedHashMap<>();

    static String normalizeCode(String code) {
        return code == null ? "" : code.strip().toUpperCase();
    }

    /** Blank is "no address"; otherwise stripped and with a lower-case domain. */
    static String normalizeEmail(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String stripped = email.strip();
        int at = stripped.lastIndexOf('@');
        return at < 0 ? stripped : stripped.substring(0, at + 1) + stripped.substring(at + 1).toLowerCase();
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

    void email(String field, String email) {
        if (email != null && (email.length() > 200 || !EMAIL.matcher(email).matches())) {
            errors.put(field, "validation.email.format");
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
