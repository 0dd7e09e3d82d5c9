package vn.khaosat.base.alerts;

import java.time.Instant;
import java.util.List;

/**
 * An alert as the inbox shows it: an i18n key with its arguments (so each user reads it in their
 * language) and, if any, the screen it is about.
 */
public record Alert(long id, String recipient, String messageKey, List<String> messageArgs, String route,
        Instant createdAt) {
}
