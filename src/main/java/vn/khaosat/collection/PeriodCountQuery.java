package vn.khaosat.collection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.khaosat.cycle.PeriodCounts;
import vn.khaosat.plan.Period;
import vn.khaosat.plan.RunningCampaign;

/**
 * Counts what a commune collected in a period's window by the database (GROUP BY, never loading
 * responses: a commune's year can hold tens of thousands), for the cycle's figures.
 */
@Service
@Transactional(readOnly = true)
public class PeriodCountQuery implements PeriodCounts.Source {

    // A period's window in each table, what the figures count and the fingerprint watches (responsesIn too)
    private static final String PAPER_IN = "campaign_id = ? AND issued_on BETWEEN ? AND ?";
    private static final String DOSSIERS_IN = "commune_code = ? AND count_year = ? AND count_month BETWEEN ? AND ?";

    private final JdbcTemplate jdbc;

    PeriodCountQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public PeriodCounts count(RunningCampaign campaign, Period period) {
        List<PeriodCounts.Answers> answers = new ArrayList<>();
        List<PeriodCounts.Responses> responses = new ArrayList<>();
        Map<Long, Integer> paperIssued = new HashMap<>();
        Map<Long, Integer> dossiers = new HashMap<>();
        Map<String, Integer> officerResponses = new LinkedHashMap<>();
        List<PeriodCounts.OfficerAnswers> officerAnswers = new ArrayList<>();
        jdbc.query(periodFiguresSql(), rs -> {
            long field = rs.getLong("field_id");
            int n = rs.getInt("n");
            switch (rs.getString("part")) {
            case "answers" -> answers.add(new PeriodCounts.Answers(field, rs.getLong("criterion_id"),
                    rs.getInt("level"), n));
            case "channel" -> responses.add(new PeriodCounts.Responses(field, rs.getString("label"), n));
            case "paper" -> paperIssued.put(field, n);
            case "dossiers" -> dossiers.put(field, n);
            case "officer" -> officerResponses.put(rs.getString("label"), n);
            case "officer_level" -> officerAnswers.add(new PeriodCounts.OfficerAnswers(rs.getString("label"),
                    rs.getInt("level"), n));
            default -> throw new IllegalStateException("unknown part " + rs.getString("part"));
            }
        }, periodFiguresArguments(campaign, period));
        return new PeriodCounts(answers, responses, paperIssued, dossiers, officerResponses, officerAnswers);
    }

    /**
     * Responses are only inserted and deleted (ids grow), paper batches only inserted, dossier counts
     * inserted or updated (each update raises the row's version): counts, largest ids and summed versions
     * tell any change apart, read from the indexes the counting uses. The windows are the counting's own,
     * so no change the figures would see is missed.
     */
    @Override
    public String fingerprint(RunningCampaign campaign, Period period) {
        return jdbc.queryForObject("SELECT CONCAT_WS(':', "
                + "(SELECT CONCAT(COUNT(*), '/', COALESCE(MAX(id), 0)) FROM survey_response WHERE " + responsesIn("") + "), "
                + "(SELECT CONCAT(COUNT(*), '/', COALESCE(MAX(id), 0)) FROM paper_form_batch WHERE " + PAPER_IN + "), "
                + "(SELECT CONCAT(COUNT(*), '/', COALESCE(SUM(version), 0), '/', COALESCE(SUM(dossiers), 0)) "
                + "FROM dossier_count WHERE " + DOSSIERS_IN + "))",
                String.class, arguments(responses(campaign, period), paper(campaign, period), dossiers(campaign, period)));
    }

    /**
     * The period's counts in one statement, one round trip: the answers, and beside them responses
     * per field and channel, paper forms issued, dossiers, and per officer their responses and their
     * answers per level (B2). Public for the benchmark's EXPLAIN.
     */
    public static String periodFiguresSql() {
        return "SELECT 'answers' AS part, r.field_id, a.criterion_id, a.level, NULL AS label, COUNT(*) AS n "
                + "FROM survey_response r JOIN response_answer a ON a.response_id = r.id "
                + "WHERE " + responsesIn("r.") + " GROUP BY r.field_id, a.criterion_id, a.level "
                + "UNION ALL SELECT 'channel', field_id, NULL, NULL, channel, COUNT(*) FROM survey_response "
                + "WHERE " + responsesIn("") + " GROUP BY field_id, channel "
                + "UNION ALL SELECT 'paper', field_id, NULL, NULL, NULL, SUM(form_count) FROM paper_form_batch "
                + "WHERE " + PAPER_IN + " GROUP BY field_id "
                + "UNION ALL SELECT 'dossiers', field_id, NULL, NULL, NULL, SUM(dossiers) FROM dossier_count "
                + "WHERE " + DOSSIERS_IN + " GROUP BY field_id "
                // per receiving officer named by the citizens: their responses, then their answers per level
                + "UNION ALL SELECT 'officer', NULL, NULL, NULL, officer, COUNT(*) FROM survey_response "
                + "WHERE " + responsesIn("") + " AND officer IS NOT NULL GROUP BY officer "
                + "UNION ALL SELECT 'officer_level', NULL, NULL, a.level, r.officer, COUNT(*) "
                + "FROM survey_response r JOIN response_answer a ON a.response_id = r.id "
                + "WHERE " + responsesIn("r.") + " AND r.officer IS NOT NULL GROUP BY r.officer, a.level "
                + "ORDER BY part, label";
    }

    /** The arguments of {@link #periodFiguresSql}, in order. */
    public static Object[] periodFiguresArguments(RunningCampaign campaign, Period period) {
        Object[] responses = responses(campaign, period);
        return arguments(responses, responses, paper(campaign, period), dossiers(campaign, period), responses, responses);
    }

    /** The responses counted in the window; {@code alias} is the table's alias with its dot, or "". */
    private static String responsesIn(String alias) {
        return alias + "commune_code = ? AND " + alias + "template_id = ? AND " + alias + "counted_on BETWEEN ? AND ?";
    }

    private static Object[] responses(RunningCampaign campaign, Period period) {
        return new Object[] { campaign.communeCode(), campaign.template().id(), period.from(), period.to() };
    }

    private static Object[] paper(RunningCampaign campaign, Period period) {
        return new Object[] { campaign.id(), period.from(), period.to() };
    }

    private static Object[] dossiers(RunningCampaign campaign, Period period) {
        return new Object[] { campaign.communeCode(), period.year(), period.firstMonth(), period.month() };
    }

    private static Object[] arguments(Object[]... parts) {
        return Arrays.stream(parts).flatMap(Arrays::stream).toArray();
    }
}
