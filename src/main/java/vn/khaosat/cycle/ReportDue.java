package vn.khaosat.cycle;

/**
 * A published period the commune's plan reports to its parent unit (quarter I, six months,
 * quarter III, year by default): the report feature starts its process from this event.
 */
public record ReportDue(long campaignId, String communeCode, int year, String periodCode, long cycleId) {
}
