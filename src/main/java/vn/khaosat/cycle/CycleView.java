package vn.khaosat.cycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A cycle as its task screens show it, with the current figures of each period it publishes. */
public record CycleView(long id, long version, String communeCode, int year, LocalDate publicationDate,
        CycleStatus status, Narrative narrative, String returnComment, Instant publishedAt, boolean late,
        boolean coverageWarning, String coverageReason, List<PeriodResults> results) {
}
