package vn.khaosat.plan;

import java.time.LocalDate;

/** Published when a campaign opens the work of a publication: the period cycle starts from it. */
public record PeriodWorkOpened(long campaignId, String communeCode, int year, LocalDate publicationDate) {
}
