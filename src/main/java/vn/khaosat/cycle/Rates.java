package vn.khaosat.cycle;

import java.util.List;
import java.util.Objects;

/**
 * Satisfaction rates (SPEC §4): a criterion's rate is (very satisfied + satisfied) ÷ answers; a
 * content area's rate is the mean of its criteria's; the overall rate is the mean of the areas'
 * (SIPAS) or, for a one-area template, of the criteria's. Criteria nobody answered do not count.
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
}
