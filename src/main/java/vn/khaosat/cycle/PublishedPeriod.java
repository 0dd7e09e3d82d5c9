package vn.khaosat.cycle;

import java.time.Instant;
import java.time.LocalDate;

/** A period as published: when, whether late, and its frozen figures. */
public record PublishedPeriod(String communeCode, LocalDate publicationDate, String periodCode, String periodName,
        Instant publishedAt, boolean late, PeriodResults results) {
}
