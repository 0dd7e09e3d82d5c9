package vn.khaosat.base.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import vn.khaosat.base.AppTime;
import vn.khaosat.base.DbTime;
import vn.khaosat.base.CurrentUser;

/**
 * The audit log: every state change, who made it (a user, or "system" for the engine's steps and
 * citizens), when, and what changed. Written only with INSERT; read by administrators (everything)
 * and by commune leaders (their commune's entries).
 */
@Service
public class AuditService {

    static final String SYSTEM = "system";
    private static final int MAX_TEXT = 20_000;

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditService(JdbcTemplate jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Records a change in the caller's transaction: it is kept exactly when the change is. */
    public void record(String unitCode, String entity, Object entityId, String action, String before, String after) {
        jdbc.update("INSERT INTO audit_log (done_at, done_by, unit_code, entity, entity_id, action, before_state, "
                + "after_state) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", DbTime.utc(clock.instant()),
                currentUser.username().orElse(SYSTEM), unitCode, entity, String.valueOf(entityId), action,
                cut(before), cut(after));
    }

    /** The newest entries the user may read of one unit and one kind of entity (either may be null). */
    public List<AuditEntry> search(String unitCode, String entity, int limit) {
        return page(AuditFilter.of(unitCode, entity), 0, limit);
    }

    /**
     * One page of the entries the user may read that match the filter, newest first. An
     * administrator reads all; a commune leader only their commune's.
     */
    public List<AuditEntry> page(AuditFilter filter, int offset, int limit) {
        List<Object> args = new ArrayList<>();
        String where = where(filter, args);
        args.add(Math.max(1, Math.min(limit, 2_000)));
        args.add(Math.max(0, offset));
        return jdbc.query("SELECT * FROM audit_log" + where + " ORDER BY done_at DESC, id DESC LIMIT ? OFFSET ?",
                (rs, row) -> new AuditEntry(rs.getLong("id"), DbTime.instant(rs, "done_at"), rs.getString("done_by"),
                        rs.getString("unit_code"), rs.getString("entity"), rs.getString("entity_id"),
                        rs.getString("action"), rs.getString("before_state"), rs.getString("after_state")),
                args.toArray());
    }

    /** How many entries the user may read match the filter: the pages' total. */
    public long count(AuditFilter filter) {
        List<Object> args = new ArrayList<>();
        String where = where(filter, args);
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_log" + where, Long.class, args.toArray());
    }

    /** The WHERE clause of what the user may read of the filter, its values added to {@code args}. */
    private String where(AuditFilter filter, List<Object> args) {
        boolean admin = currentUser.hasRole("ADMIN");
        List<String> ledUnits = currentUser.candidateGroups().stream()
                .filter(g -> g.startsWith("commune:") && g.endsWith(":leader"))
                .map(g -> g.substring("commune:".length(), g.length() - ":leader".length())).toList();
        if (!admin && ledUnits.isEmpty()) {
            throw new AccessDeniedException("the audit log is for administrators and commune leaders");
        }
        String unit = blankToNull(filter.unitCode());
        if (!admin && unit != null && !ledUnits.contains(unit)) {
            throw new AccessDeniedException("not your commune: " + unit);
        }
        StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
        if (unit != null) {
            sql.append(" AND unit_code = ?");
            args.add(unit);
        } else if (!admin) {
            sql.append(" AND unit_code IN (").append(String.join(",", ledUnits.stream().map(u -> "?").toList()))
                    .append(")");
            args.addAll(ledUnits);
        }
        if (blankToNull(filter.entity()) != null) {
            sql.append(" AND entity = ?");
            args.add(filter.entity());
        }
        if (blankToNull(filter.doneBy()) != null) {
            // a prefix, its LIKE wildcards taken literally
            sql.append(" AND done_by LIKE ? ESCAPE '!'");
            args.add(filter.doneBy().strip().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        if (filter.from() != null) {
            sql.append(" AND done_at >= ?");
            args.add(DbTime.utc(filter.from().atStartOfDay(AppTime.ZONE).toInstant()));
        }
        if (filter.to() != null) {
            sql.append(" AND done_at < ?");
            args.add(DbTime.utc(filter.to().plusDays(1).atStartOfDay(AppTime.ZONE).toInstant()));
        }
        return sql.toString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String cut(String text) {
        return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + "…";
    }
}
