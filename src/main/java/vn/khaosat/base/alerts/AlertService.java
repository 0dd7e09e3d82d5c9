package vn.khaosat.base.alerts;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import java.sql.PreparedStatement;
import java.sql.Statement;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.khaosat.base.DbTime;
import vn.khaosat.base.CurrentUser;

/**
 * Alerts for candidate groups: a process step that reminds or escalates sends one; every member sees
 * it at the top of the inbox until one of them dismisses it (the group shares the work, so one
 * "seen" is enough). No mail server is assumed on a commune's network.
 */
@Service
@Transactional(readOnly = true)
public class AlertService {

    /** Separates the arguments in one column; never typed by a user. */
    private static final String SEPARATOR = "\u001F";

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    AlertService(JdbcTemplate jdbc, CurrentUser currentUser, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Stores the alert and announces it ({@link AlertSent}) in the same transaction, so listeners such
     * as the mail outbox keep or lose their part with the step that raised it.
     */
    @Transactional
    public void send(String candidateGroup, String messageKey, String route, String... args) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO alert (recipient, message_key, message_args, route, created_at) VALUES (?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS);
            insert.setString(1, candidateGroup);
            insert.setString(2, messageKey);
            insert.setString(3, String.join(SEPARATOR, args));
            insert.setString(4, route);
            insert.setObject(5, DbTime.utc(clock.instant()));
            return insert;
        }, key);
        events.publishEvent(new AlertSent(key.getKey().longValue(), candidateGroup, messageKey, route, List.of(args)));
    }

    /** The alerts of the user's groups not dismissed yet, newest first. */
    public List<Alert> mine() {
        List<String> groups = currentUser.candidateGroups();
        if (groups.isEmpty()) {
            return List.of();
        }
        String in = String.join(",", groups.stream().map(g -> "?").toList());
        return jdbc.query("SELECT * FROM alert WHERE dismissed_at IS NULL AND recipient IN (" + in + ") "
                + "ORDER BY created_at DESC, id DESC LIMIT 50",
                (rs, row) -> new Alert(rs.getLong("id"), rs.getString("recipient"), rs.getString("message_key"),
                        rs.getString("message_args").isEmpty() ? List.of()
                                : Arrays.asList(rs.getString("message_args").split(SEPARATOR, -1)),
                        rs.getString("route"), DbTime.instant(rs, "created_at")),
                groups.toArray());
    }

    /** Dismisses an alert of one of the user's groups (someone else's gives 403). */
    @Transactional
    public void dismiss(long alertId) {
        List<String> recipient = jdbc.queryForList("SELECT recipient FROM alert WHERE id = ?", String.class, alertId);
        if (recipient.isEmpty() || !currentUser.candidateGroups().contains(recipient.get(0))) {
            throw new AccessDeniedException("not an alert of your groups: " + alertId);
        }
        jdbc.update("UPDATE alert SET dismissed_by = ?, dismissed_at = ? WHERE id = ? AND dismissed_at IS NULL",
                currentUser.requireUsername(), DbTime.utc(clock.instant()), alertId);
    }
}
