package vn.khaosat.bench;

import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the database spent its time on, statement by statement, when the embedded server runs with
 * MariaDB's performance schema ({@code -Dbench.jvm=-Dapp.embedded-db.statement-digest=true}): how
 * B4's full-table lookups and the engine's costliest statements were found.
 */
final class StatementDigest {

    private StatementDigest() {
    }

    static boolean isOn(JdbcTemplate jdbc) {
        return Integer.valueOf(1).equals(jdbc.queryForObject("SELECT @@performance_schema", Integer.class));
    }

    /** Forgets what was counted so far, so the digest covers what follows. */
    static void reset(JdbcTemplate jdbc) {
        if (isOn(jdbc)) {
            jdbc.execute("TRUNCATE TABLE performance_schema.events_statements_summary_by_digest");
        }
    }

    /** The statements that took the most time since the reset, as a table; empty when the digest is off. */
    static String top(JdbcTemplate jdbc, int limit) {
        if (!isOn(jdbc)) {
            return "";
        }
        Map<String, Object> total = jdbc.queryForMap("SELECT SUM(COUNT_STAR) n, SUM(SUM_TIMER_WAIT) / 1e12 secs "
                + "FROM performance_schema.events_statements_summary_by_digest");
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "Statement digest (performance_schema): %,d statements, %,.1f s in the database; the %d that took longest:%n%n"
                        + "| statements | s | rows read | rows sent | statement |%n|---|---|---|---|---|%n",
                ((Number) total.get("n")).longValue(), ((Number) total.get("secs")).doubleValue(), limit));
        jdbc.queryForList("SELECT COUNT_STAR n, SUM_TIMER_WAIT / 1e12 secs, SUM_ROWS_EXAMINED examined, SUM_ROWS_SENT sent, "
                + "DIGEST_TEXT text FROM performance_schema.events_statements_summary_by_digest "
                + "ORDER BY SUM_TIMER_WAIT DESC LIMIT ?", limit).forEach(row -> {
                    String text = String.valueOf(row.get("text")).replace("`", "").replace("|", "\\|");
                    out.append(String.format(Locale.ROOT, "| %,d | %,.1f | %,d | %,d | %s |%n",
                            ((Number) row.get("n")).longValue(), ((Number) row.get("secs")).doubleValue(),
                            ((Number) row.get("examined")).longValue(), ((Number) row.get("sent")).longValue(),
                            text.length() > 140 ? text.substring(0, 140) + "…" : text));
                });
        return out.toString();
    }
}
