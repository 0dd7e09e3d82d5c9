package vn.khaosat.base.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

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

    /**
     * The newest entries the user may read, optionally of one unit and one kind of entity. An
     * administrator reads all; a commune leader only their commune's.
     */
    public List<AuditEntry> search(String unitCode, String entity, int limit) {
        boolean admin = currentUser.hasRole("ADMIN");
        List<String> ledUnits = currentUser.candidateGroups().stream()
                .filter(g -> g.startsWith("commune:") && g.endsWith(":leader"))
                .map(g -> g.substring("commune:".length(), g.length() - ":leader".length())).toList();
        if (!admin && ledUnits.isEmpty()) {
            throw new AccessDeniedException("the audit log is for administrators and commune leaders");
        }
        if (!admin && unitCode != null && !ledUnits.contains(unitCode)) {
            throw new AccessDeniedException("not your commune: " + unitCode);
        }
        StringBuilder sql = new StringBuilder("SELECT * FROM audit_log WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (unitCode != null) {
            sql.append(" AND unit_code = ?");
            args.add(unitCode);
        } else if (!admin) {
            sql.append(" AND unit_code IN (").append(String.join(",", ledUnits.stream().map(u -> "?").toList()))
                    .append(")");
            args.addAll(ledUnits);
        }
        if (entity != null) {
            sql.append(" AND entity = ?");
            args.add(entity);
        }
        sql.append(" ORDER BY done_at DESC, id DESC LIMIT ").append(Math.max(1, Math.min(limit, 2_000)));
        return jdbc.query(sql.toString(), (rs, row) -> new AuditEntry(rs.getLong("id"),
                DbTime.instant(rs, "done_at"), rs.getString("done_by"), rs.getString("unit_code"),
                rs.getString("entity"), rs.getString("entity_id"), rs.getString("action"),
                rs.getString("before_state"), rs.getString("after_state")), args.toArray());
    }

    private static String cut(String text) {
        return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + "…";
    }
}
