package vn.khaosat.cycle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.khaosat.base.KeptMap;

import vn.khaosat.plan.Channel;
import vn.khaosat.plan.Period;
import vn.khaosat.plan.RunningCampaign;
import vn.khaosat.plan.FieldView;
import vn.khaosat.plan.TemplateDetail;

/**
 * The figures of a period: collection counts in the database what came in the period's data window
 * ({@link PeriodCounts.Source}), and this applies the survey's rules ({@link Rates}) to the counts.
 */
@Service
@Transactional(readOnly = true)
public class AggregationService {

    private final PeriodCounts.Source source;
    private final Map<Key, Kept> kept;

    AggregationService(PeriodCounts.Source source, @Value("${app.figures.kept:500}") int keptPeriods) {
        this.source = source;
        this.kept = KeptMap.of(keptPeriods);
    }

    private record Key(long campaignId, String periodCode) {
    }

    /** Figures as computed, with what they were computed from. */
    private record Kept(RunningCampaign campaign, String fingerprint, PeriodResults results) {
    }

    /**
     * Aggregates the responses a commune received in the period's window with the campaign's
     * template, for the campaign's fields (a window can start in the previous year: 15/12).
     * Figures are kept (the most recently used {@code app.figures.kept} periods) and given again
     * while the collection's fingerprint of the window and the campaign are unchanged: every task
     * screen of a cycle shows them, and on a large database counting is the expensive part. The
     * fingerprint is read from the database each time, so a response stored through another node
     * is never missed.
     */
    public PeriodResults aggregate(RunningCampaign campaign, Period period) {
        Key key = new Key(campaign.id(), period.code());
        String fingerprint = source.fingerprint(campaign, period);
        Kept before = kept.get(key);
        if (before != null && before.fingerprint().equals(fingerprint) && before.campaign().equals(campaign)) {
            return before.results();
        }
        PeriodResults results = count(campaign, period);
        kept.put(key, new Kept(campaign, fingerprint, results));
        return results;
    }

    private PeriodResults count(RunningCampaign campaign, Period period) {
        TemplateDetail template = campaign.template();
        Map<Long, Map<Long, int[]>> counts = new HashMap<>();
        Map<Long, Map<String, Integer>> channels = new HashMap<>();
        Map<String, int[]> officerLevels = new HashMap<>();
        int levelCount = template.levels().size();
        PeriodCounts counted = source.count(campaign, period);
        // a level the template does not have (a template edited after answers came) counts nowhere
        for (PeriodCounts.Answers a : counted.answers()) {
            if (a.level() >= 1 && a.level() <= levelCount) {
                counts.computeIfAbsent(a.fieldId(), f -> new HashMap<>())
                        .computeIfAbsent(a.criterionId(), c -> new int[levelCount])[a.level() - 1] += a.count();
            }
        }
        for (PeriodCounts.Responses r : counted.responses()) {
            channels.computeIfAbsent(r.fieldId(), f -> new LinkedHashMap<>()).put(r.channel(), r.count());
        }
        for (PeriodCounts.OfficerAnswers a : counted.officerAnswers()) {
            if (a.level() >= 1 && a.level() <= levelCount) {
                officerLevels.computeIfAbsent(a.officer(), o -> new int[levelCount])[a.level() - 1] += a.count();
            }
        }
        List<PeriodResults.OfficerResult> officers = new ArrayList<>();
        counted.officerResponses().forEach((officer, responses) -> officers.add(new PeriodResults.OfficerResult(officer,
                responses, Rates.Tally.of(asList(officerLevels.getOrDefault(officer, new int[levelCount])),
                        template.levels()).rate())));

        List<PeriodResults.FieldResult> fields = new ArrayList<>();
        for (FieldView field : campaign.fields()) {
            Map<Long, int[]> fieldCounts = counts.getOrDefault(field.id(), Map.of());
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
            Map<String, Integer> byChannel = channels.getOrDefault(field.id(), Map.of());
            int collected = byChannel.values().stream().mapToInt(Integer::intValue).sum();
            int paperCollected = byChannel.getOrDefault(Channel.PAPER.name(), 0);
            // a commune that prints its own forms records no batch: what came back was at least handed out
            int issued = collected - paperCollected
                    + Math.max(paperCollected, counted.paperIssued().getOrDefault(field.id(), 0));
            fields.add(new PeriodResults.FieldResult(field.id(), field.code(), field.nameVi(), collected,
                    byChannel, areas, rate(areas), issued, counted.dossiers().get(field.id())));
        }
        Double overall = rate(pooledAreas(template, fields));
        return new PeriodResults(campaign.communeCode(), period.code(), period.nameVi(), period.from(), period.to(),
                template.levels().stream().map(TemplateDetail.Level::labelVi).toList(), fields, overall,
                fields.stream().mapToInt(PeriodResults.FieldResult::responses).sum(), campaign.coverageTarget(),
                officers);
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
