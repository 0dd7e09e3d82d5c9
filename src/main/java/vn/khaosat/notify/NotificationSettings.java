package vn.khaosat.notify;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.khaosat.base.CurrentUser;
import vn.khaosat.base.InvalidInputException;
import vn.khaosat.base.audit.AuditService;

/** Each user's language for messages and the kinds they turned off; everything is on until they do. */
@Service
@Transactional(readOnly = true)
public class NotificationSettings {

    public static final List<String> LANGUAGES = List.of("vi", "en");

    /** A user's choices; {@code enabled} is every kind not turned off. */
    public record Setting(String language, Set<NotificationKind> enabled) {

        public Locale locale() {
            return Locale.forLanguageTag(language);
        }

        public boolean wants(NotificationKind kind) {
            return enabled.contains(kind);
        }
    }

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final AuditService audit;

    NotificationSettings(JdbcTemplate jdbc, CurrentUser currentUser, AuditService audit) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    public Setting of(String username) {
        return jdbc.query("SELECT language, disabled_kinds FROM notification_setting WHERE username = ?",
                (rs, row) -> new Setting(rs.getString("language"), enabled(rs.getString("disabled_kinds"))), username)
                .stream().findFirst().orElse(new Setting("vi", EnumSet.allOf(NotificationKind.class)));
    }

    public Setting mine() {
        return of(currentUser.requireUsername());
    }

    /** The profile screen saves the user's own choices. */
    @Transactional
    public void saveMine(String language, Set<NotificationKind> enabled) {
        if (language == null || !LANGUAGES.contains(language)) {
            throw new InvalidInputException(Map.of("language", "validation.required"));
        }
        String username = currentUser.requireUsername();
        Setting before = of(username);
        EnumSet<NotificationKind> disabled = EnumSet.allOf(NotificationKind.class);
        disabled.removeAll(enabled == null ? Set.of() : enabled);
        String disabledKinds = disabled.stream().map(Enum::name).collect(Collectors.joining(","));
        jdbc.update("INSERT INTO notification_setting (username, language, disabled_kinds) VALUES (?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE language = VALUES(language), disabled_kinds = VALUES(disabled_kinds)",
                username, language, disabledKinds);
        audit.record(null, "NotificationSetting", username, "UPDATED", describe(before),
                describe(new Setting(language, enabled(disabledKinds))));
    }

    private static String describe(Setting setting) {
        return "language: " + setting.language() + "\nenabled: "
                + setting.enabled().stream().map(Enum::name).collect(Collectors.joining(", "));
    }

    private static Set<NotificationKind> enabled(String disabledKinds) {
        EnumSet<NotificationKind> enabled = EnumSet.allOf(NotificationKind.class);
        Arrays.stream(disabledKinds.split(",")).filter(s -> !s.isBlank())
                .flatMap(s -> Arrays.stream(NotificationKind.values()).filter(k -> k.name().equals(s)))
                .forEach(enabled::remove);
        return enabled;
    }
}
