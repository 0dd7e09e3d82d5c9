package vn.khaosat.collection;

import java.util.List;

import vn.khaosat.cycle.Rates;

/**
 * Coverage of a commune's year: responses ÷ dossiers processed, per field and month and for the year
 * to date, against the plan's target (more than {@code target} per cent).
 */
public record Coverage(int year, int target, List<FieldRow> fields) {

    /** One field: a cell per month 1–12, then the year to date. */
    public record FieldRow(String fieldCode, String fieldName, List<Cell> months, Cell yearToDate) {
    }

    public record Cell(int responses, int dossiers) {

        /** Per cent, or null when no dossiers were counted. */
        public Double rate() {
            return Rates.coverage(responses, dossiers);
        }

        /** Whether the target is met; a month without dossiers has nothing to meet. */
        public boolean meets(int target) {
            return Rates.meetsCoverage(responses, dossiers, target);
        }
    }
}
