package vn.khaosat.cycle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.khaosat.plan.Channel;
import vn.khaosat.plan.Period;
import vn.khaosat.plan.RunningCampaign;
import vn.khaosat.plan.ServiceField;
import vn.khaosat.plan.TemplateDetail;

/**
 * The figures of a period, computed by the database (GROUP BY over the period's data window), never
 * by loading responses into memory: a commune's year can hold tens of thousands of them.
 */
@Service
@Transactional(readOnly = true)
public class AggregationService {

    private final JdbcTemplate jdbc;

    AggregationService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Aggregates the responses a commune received in the period's window with the campaign's
     * template, for the campaign's fields (a window can start in the previous year: 15/12).
     */
    public PeriodResults aggregate(RunningCampaign campaign, Period period) {
        TemplateDetail template = campaign.template();
        Map<Long, Map<Long, int[]>> counts = new HashMap<>();
        Map<Long, Map<String, Integer>> channels = new HashMap<>();
        Map<Long, Integer> paperIssued = new HashMap<>();
        Map<Long, Integer> dossiers = new HashMap<>();
        List<PeriodResults.OfficerResult> officers = new ArrayList<>();
        jdbc.query(periodFiguresSql(template), rs -> {
            long field = rs.getLong("field_id");
            switch (rs.getString("part")) {
            case "answers" -> {
                int level = rs.getInt("level");
                if (level >= 1 && level <= template.levels().size()) {
                    counts.computeIfAbsent(field, f -> new HashMap<>())
                            .computeIfAbsent(rs.getLong("criterion_id"), c -> new int[template.levels().size()])
                            [level - 1] += rs.getInt("n");
                }
            }
            case "channel" -> channels.computeIfAbsent(field, f -> new LinkedHashMap<>())
                    .put(rs.getString("label"), rs.getInt("n"));
            case "paper" -> paperIssued.put(field, rs.getInt("n"));
            case "dossiers" -> dossiers.put(field, rs.getInt("n"));
            default -> officers.add(new PeriodResults.OfficerResult(rs.getString("label"), rs.getInt("n"),
                    Rates.criterion(rs.getInt("satisfied"), rs.getInt("answers"))));
            }
        }, periodFiguresArguments(campaign, period));

        List<PeriodResults.FieldResult> fields = new ArrayList<>();
        for (ServiceField field : campaign.fields()) {
            Map<Long, int[]> fieldCounts = counts.getOrDefault(field.getId(), Map.of());
            List<PeriodResults.AreaResult> areas = new ArrayList<>();
            for (TemplateDetail.Area area : template.areas()) {
                List<PeriodResults.CriterionResult> criteria = new ArrayList<>();
                for (TemplateDetail.Criterion c : area.criteria()) {
                    int[] levels = fieldCounts.getOrDefault(c.id(), new int[template.levels().size()]);
                    int answers = 0;
                    int satisfied = 0;
                    List<Integer> levelCounts = new ArrayList<>();
                    for (int i = 0; i < levels.length; i++) {
                        levelCounts.add(levels[i]);
                        answers += levels[i];
                        satisfied += template.levels().get(i).satisfied() ? levels[i] : 0;
                    }
                    criteria.add(new PeriodResults.CriterionResult(c.id(), c.position(), c.textVi(), levelCounts,
                            answers, Rates.criterion(satisfied, answers)));
                }
                areas.add(new PeriodResults.AreaResult(area.nameVi(), criteria,
                        Rates.mean(criteria.stream().map(PeriodResults.CriterionResult::rate).toList())));
            }
            Map<String, Integer> byChannel = channels.getOrDefault(field.getId(), Map.of());
            int collected = byChannel.values().stream().mapToInt(Integer::intValue).sum();
            int paperCollected = byChannel.getOrDefault(Channel.PAPER.name(), 0);
            // a commune that prints its own forms records no batch: what came back was at least handed out
            int issued = collected - paperCollected + Math.max(paperCollected, paperIssued.getOrDefault(field.getId(), 0));
            fields.add(new PeriodResults.FieldResult(field.getId(), field.getCode(), field.getNameVi(), collected,
                    byChannel, areas, rate(areas), issued, dossiers.get(field.getId())));
        }
        Double overall = rate(pooledAreas(template, fields));
        return new PeriodResults(campaign.communeCode(), period.code(), period.nameVi(), period.from(), period.to(),
                template.levels().stream().map(TemplateDetail.Level::labelVi).toList(), fields, overall,
                fields.stream().mapToInt(PeriodResults.FieldResult::responses).sum(), campaign.coverageTarget(),
                officers);
    }

    /**
     * The period's figures in one statement, one round trip: the answers, and beside them responses
     * per field and channel, paper forms issued, dossiers and the per-officer tally (B2). Public for
     * the benchmark's EXPLAIN.
     */
    public static String periodFiguresSql(TemplateDetail template) {
        return "SELECT 'answers' AS part, r.field_id, a.criterion_id, a.level, NULL AS label, COUNT(*) AS n, "
                + "0 AS answers, 0 AS satisfied FROM survey_response r JOIN response_answer a ON a.response_id = r.id "
                + "WHERE r.commune_code = ? AND r.template_id = ? AND r.counted_on BETWEEN ? AND ? "
                + "GROUP BY r.field_id, a.criterion_id, a.level "
                + "UNION ALL SELECT 'channel', field_id, NULL, NULL, channel, COUNT(*), 0, 0 FROM survey_response "
                + "WHERE commune_code = ? AND template_id = ? AND counted_on BETWEEN ? AND ? GROUP BY field_id, channel "
                + "UNION ALL SELECT 'paper', field_id, NULL, NULL, NULL, SUM(form_count), 0, 0 FROM paper_form_batch "
                + "WHERE campaign_id = ? AND issued_on BETWEEN ? AND ? GROUP BY field_id "
                + "UNION ALL SELECT 'dossiers', field_id, NULL, NULL, NULL, SUM(dossiers), 0, 0 FROM dossier_count "
                + "WHERE commune_code = ? AND count_year = ? AND count_month BETWEEN ? AND ? GROUP BY field_id "
                // per receiving officer named by the citizens: responses, and satisfied answers ÷ all their answers
                + "UNION ALL SELECT 'officer', NULL, NULL, NULL, r.officer, COUNT(DISTINCT r.id), COUNT(a.level), "
                + "SUM(CASE WHEN a.level IN (" + satisfiedLevels(template) + ") THEN 1 ELSE 0 END) "
                + "FROM survey_response r LEFT JOIN response_answer a ON a.response_id = r.id "
                + "WHERE r.commune_code = ? AND r.template_id = ? AND r.counted_on BETWEEN ? AND ? "
                + "AND r.officer IS NOT NULL GROUP BY r.officer "
                + "ORDER BY part, label";
    }

    /** The arguments of {@link #periodFiguresSql}, in order. */
    public static Object[] periodFiguresArguments(RunningCampaign campaign, Period period) {
        return new Object[] { campaign.communeCode(), campaign.template().id(), period.from(), period.to(),
                campaign.communeCode(), campaign.template().id(), period.from(), period.to(),
                campaign.id(), period.from(), period.to(),
                campaign.communeCode(), period.year(), period.firstMonth(), period.month(),
                campaign.communeCode(), campaign.template().id(), period.from(), period.to() };
    }

    /** The template's satisfied levels (1-based) as an SQL list; "0" matches no level. */
    private static String satisfiedLevels(TemplateDetail template) {
        StringBuilder levels = new StringBuilder();
        for (int i = 0; i < template.levels().size(); i++) {
            if (template.levels().get(i).satisfied()) {
                levels.append(levels.isEmpty() ? "" : ",").append(i + 1);
            }
        }
        return levels.isEmpty() ? "0" : levels.toString();
    }

    /** The areas with every field's answers added up: what the commune's overall rate is computed from. */
    private static List<PeriodResults.AreaResult> pooledAreas(TemplateDetail template,
            List<PeriodResults.FieldResult> fields) {
        List<PeriodResults.AreaResult> areas = new ArrayList<>();
        for (int a = 0; a < template.areas().size(); a++) {
            List<Double> rates = new ArrayList<>();
            for (int c = 0; c < template.areas().get(a).criteria().size(); c++) {
                int satisfied = 0;
                int answers = 0;
                for (PeriodResults.FieldResult field : fields) {
                    List<Integer> levels = field.areas().get(a).criteria().get(c).levelCounts();
                    for (int i = 0; i < levels.size(); i++) {
                        answers += levels.get(i);
                        satisfied += template.levels().get(i).satisfied() ? levels.get(i) : 0;
                    }
                }
                rates.add(Rates.criterion(satisfied, answers));
            }
            areas.add(new PeriodResults.AreaResult(template.areas().get(a).nameVi(), List.of(), Rates.mean(rates)));
        }
        return areas;
    }

    /** A field's (or the whole's) rate: the mean of the areas', or of the criteria's for a one-area template. */
    private static Double rate(List<PeriodResults.AreaResult> areas) {
        if (areas.size() == 1) {
            return areas.get(0).rate();
        }
        return Rates.mean(areas.stream().map(PeriodResults.AreaResult::rate).toList());
    }
}
