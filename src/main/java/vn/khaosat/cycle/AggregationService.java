package vn.khaosat.cycle;

import java.util.ArrayList;
import java.util.Arrays;
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
        Map<String, Integer> officerResponses = new LinkedHashMap<>();
        Map<String, int[]> officerLevels = new HashMap<>();
        int levelCount = template.levels().size();
        jdbc.query(periodFiguresSql(), rs -> {
            long field = rs.getLong("field_id");
            int level = rs.getInt("level");
            // a level the template does not have (a template edited after answers came) counts nowhere
            boolean knownLevel = level >= 1 && level <= levelCount;
            switch (rs.getString("part")) {
            case "answers" -> {
                if (knownLevel) {
                    counts.computeIfAbsent(field, f -> new HashMap<>())
                            .computeIfAbsent(rs.getLong("criterion_id"), c -> new int[levelCount])[level - 1] +=
                            rs.getInt("n");
                }
            }
            case "channel" -> channels.computeIfAbsent(field, f -> new LinkedHashMap<>())
                    .put(rs.getString("label"), rs.getInt("n"));
            case "paper" -> paperIssued.put(field, rs.getInt("n"));
            case "dossiers" -> dossiers.put(field, rs.getInt("n"));
            case "officer" -> officerResponses.put(rs.getString("label"), rs.getInt("n"));
            default -> {
                if (knownLevel) {
                    officerLevels.computeIfAbsent(rs.getString("label"), o -> new int[levelCount])[level - 1] +=
                            rs.getInt("n");
                }
            }
            }
        }, periodFiguresArguments(campaign, period));
        List<PeriodResults.OfficerResult> officers = new ArrayList<>();
        officerResponses.forEach((officer, responses) -> officers.add(new PeriodResults.OfficerResult(officer,
                responses, Rates.Tally.of(asList(officerLevels.getOrDefault(officer, new int[levelCount])),
                        template.levels()).rate())));

        List<PeriodResults.FieldResult> fields = new ArrayList<>();
        for (ServiceField field : campaign.fields()) {
            Map<Long, int[]> fieldCounts = counts.getOrDefault(field.getId(), Map.of());
            List<PeriodResults.AreaResult> areas = new ArrayList<>();
            for (TemplateDetail.Area area : template.areas()) {
                List<PeriodResults.CriterionResult> criteria = new ArrayList<>();
                for (TemplateDetail.Criterion c : area.criteria()) {
                    List<Integer> levelCounts = asList(fieldCounts.getOrDefault(c.id(), new int[levelCount]));
                    Rates.Tally tally = Rates.Tally.of(levelCounts, template.levels());
                    criteria.add(new PeriodResults.CriterionResult(c.id(), c.position(), c.textVi(), levelCounts,
                            tally.answers(), tally.rate()));
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
     * per field and channel, paper forms issued, dossiers, and per officer their responses and their
     * answers per level (B2). It only counts: which levels are satisfied is {@link Rates}' rule.
     * Public for the benchmark's EXPLAIN.
     */
    public static String periodFiguresSql() {
        return "SELECT 'answers' AS part, r.field_id, a.criterion_id, a.level, NULL AS label, COUNT(*) AS n "
                + "FROM survey_response r JOIN response_answer a ON a.response_id = r.id "
                + "WHERE r.commune_code = ? AND r.template_id = ? AND r.counted_on BETWEEN ? AND ? "
                + "GROUP BY r.field_id, a.criterion_id, a.level "
                + "UNION ALL SELECT 'channel', field_id, NULL, NULL, channel, COUNT(*) FROM survey_response "
                + "WHERE commune_code = ? AND template_id = ? AND counted_on BETWEEN ? AND ? GROUP BY field_id, channel "
                + "UNION ALL SELECT 'paper', field_id, NULL, NULL, NULL, SUM(form_count) FROM paper_form_batch "
                + "WHERE campaign_id = ? AND issued_on BETWEEN ? AND ? GROUP BY field_id "
                + "UNION ALL SELECT 'dossiers', field_id, NULL, NULL, NULL, SUM(dossiers) FROM dossier_count "
                + "WHERE commune_code = ? AND count_year = ? AND count_month BETWEEN ? AND ? GROUP BY field_id "
                // per receiving officer named by the citizens: their responses, then their answers per level
                + "UNION ALL SELECT 'officer', NULL, NULL, NULL, officer, COUNT(*) FROM survey_response "
                + "WHERE commune_code = ? AND template_id = ? AND counted_on BETWEEN ? AND ? "
                + "AND officer IS NOT NULL GROUP BY officer "
                + "UNION ALL SELECT 'officer_level', NULL, NULL, a.level, r.officer, COUNT(*) "
                + "FROM survey_response r JOIN response_answer a ON a.response_id = r.id "
                + "WHERE r.commune_code = ? AND r.template_id = ? AND r.counted_on BETWEEN ? AND ? "
                + "AND r.officer IS NOT NULL GROUP BY r.officer, a.level "
                + "ORDER BY part, label";
    }

    /** The arguments of {@link #periodFiguresSql}, in order. */
    public static Object[] periodFiguresArguments(RunningCampaign campaign, Period period) {
        return new Object[] { campaign.communeCode(), campaign.template().id(), period.from(), period.to(),
                campaign.communeCode(), campaign.template().id(), period.from(), period.to(),
                campaign.id(), period.from(), period.to(),
                campaign.communeCode(), period.year(), period.firstMonth(), period.month(),
                campaign.communeCode(), campaign.template().id(), period.from(), period.to(),
                campaign.communeCode(), campaign.template().id(), period.from(), period.to() };
    }

    /** The areas with every field's answers added up: what the commune's overall rate is computed from. */
    private static List<PeriodResults.AreaResult> pooledAreas(TemplateDetail template,
            List<PeriodResults.FieldResult> fields) {
        List<PeriodResults.AreaResult> areas = new ArrayList<>();
        for (int a = 0; a < template.areas().size(); a++) {
            List<Double> rates = new ArrayList<>();
            for (int c = 0; c < template.areas().get(a).criteria().size(); c++) {
                Rates.Tally pooled = Rates.Tally.NONE;
                for (PeriodResults.FieldResult field : fields) {
                    pooled = pooled.plus(Rates.Tally.of(field.areas().get(a).criteria().get(c).levelCounts(),
                            template.levels()));
                }
                rates.add(pooled.rate());
            }
            areas.add(new PeriodResults.AreaResult(template.areas().get(a).nameVi(), List.of(), Rates.mean(rates)));
        }
        return areas;
    }

    private static List<Integer> asList(int[] counts) {
        return Arrays.stream(counts).boxed().toList();
    }

    /** A field's (or the whole's) rate: the mean of the areas', or of the criteria's for a one-area template. */
    private static Double rate(List<PeriodResults.AreaResult> areas) {
        if (areas.size() == 1) {
            return areas.get(0).rate();
        }
        return Rates.mean(areas.stream().map(PeriodResults.AreaResult::rate).toList());
    }
}
