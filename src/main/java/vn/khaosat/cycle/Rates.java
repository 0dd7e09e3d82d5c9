package vn.khaosat.cycle;

import java.util.List;
import java.util.Objects;

import vn.khaosat.plan.TemplateDetail;

/**
 * The survey's arithmetic, each rule once (SPEC §4): a criterion's rate is (very satisfied +
 * satisfied) ÷ answers; a content area's rate is the mean of its criteria's; the overall rate is the
 * mean of the areas' (SIPAS) or, for a one-area template, of the criteria's. Criteria nobody
 * answered do not count. Coverage is responses ÷ dossiers processed, met when strictly above the
 * plan's target. Every screen, document and API reads these; the SQL only counts.
 */
public final class Rates {

    private Rates() {
    }

    /** Per cent, or null with no answers. */
    public static Double criterion(int satisfied, int answers) {
        return answers == 0 ? null : 100.0 * satisfied / answers;
    }

    /** The mean of the rates that exist, or null when none does. */
    public static Double mean(List<Double> rates) {
        List<Double> known = rates.stream().filter(Objects::nonNull).toList();
        return known.isEmpty() ? null : known.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    /** Responses ÷ dossiers in per cent, or null when no dossiers were counted. */
    public static Double coverage(int responses, Integer dossiers) {
        return dossiers == null || dossiers == 0 ? null : 100.0 * responses / dossiers;
    }

    /**
     * Whether coverage is more than the target per cent (Decree 09's "trên"); with no dossiers
     * there is nothing to meet. Integer arithmetic: 10 of 100 against 10 % is not met, however a
     * double rounds.
     */
    public static boolean meetsCoverage(int responses, Integer dossiers, int target) {
        return dossiers == null || dossiers == 0 || 100L * responses > (long) target * dossiers;
    }

    /** The satisfied answers among all answers: of one criterion, one officer, or a pool of them. */
    public record Tally(int satisfied, int answers) {

        public static final Tally NONE = new Tally(0, 0);

        /**
         * Counts the answers per level, {@code levelCounts[i]} giving level i + 1, with the
         * template's definition of which levels are satisfied.
         */
        public static Tally of(List<Integer> levelCounts, List<TemplateDetail.Level> levels) {
            if (levelCounts.size() != levels.size()) {
                throw new IllegalArgumentException(levelCounts.size() + " counts for " + levels.size() + " levels");
            }
            int satisfied = 0;
            int answers = 0;
            for (int i = 0; i < levelCounts.size(); i++) {
                answers += levelCounts.get(i);
                satisfied += levels.get(i).satisfied() ? levelCounts.get(i) : 0;
            }
            return new Tally(satisfied, answers);
        }

        public Tally plus(Tally other) {
            return new Tally(satisfied + other.satisfied, answers + other.answers);
        }

        /** Per cent, or null with no answers. */
        public Double rate() {
            return criterion(satisfied, answers);
        }
    }
}
