package vn.khaosat.cycle;

import java.util.List;
import java.util.Map;

import vn.khaosat.plan.Period;
import vn.khaosat.plan.RunningCampaign;

/**
 * What was collected in a period's window, only counted: the answers per field, criterion and level,
 * the responses per field and channel, the paper forms issued and the dossiers per field, and per
 * receiving officer their responses and answers per level. Which levels are satisfied, and every rate,
 * is {@link Rates}' rule, applied by {@link AggregationService}.
 */
public record PeriodCounts(List<Answers> answers, List<Responses> responses, Map<Long, Integer> paperIssued,
        Map<Long, Integer> dossiers, Map<String, Integer> officerResponses, List<OfficerAnswers> officerAnswers) {

    public record Answers(long fieldId, long criterionId, int level, int count) {
    }

    public record Responses(long fieldId, String channel, int count) {
    }

    public record OfficerAnswers(String officer, int level, int count) {
    }

    /**
     * Counts a period for the cycle. Collection owns the responses, paper batches and dossier counts and
     * implements it; the cycle asks through this door, never reading those tables itself.
     */
    public interface Source {
        PeriodCounts count(RunningCampaign campaign, Period period);

        /**
         * A short text that changes whenever what {@link #count} reads changes: a response stored or
         * deleted in the window, a paper batch issued, a dossier count entered or corrected. Reading it
         * costs a fraction of the counting, so figures can be kept until it changes.
         */
        String fingerprint(RunningCampaign campaign, Period period);
    }
}
