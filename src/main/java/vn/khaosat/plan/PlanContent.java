package vn.khaosat.plan;

import java.time.LocalDate;
import java.util.Set;

/** What the plan editor edits: everything of a plan that its document says. */
public record PlanContent(
        String number,
        LocalDate date,
        String placeName,
        String legalBasis,
        String purposes,
        String requirements,
        long templateId,
        Set<Long> fieldIds,
        Set<Channel> channels,
        int coverageTarget,
        int cutOffDay,
        Set<PeriodType> reportedPeriods,
        String recipients,
        String signerName,
        SignerTitle signerTitle) {

    public PlanContent {
        fieldIds = fieldIds == null ? Set.of() : Set.copyOf(fieldIds);
        channels = channels == null ? Set.of() : Set.copyOf(channels);
        reportedPeriods = reportedPeriods == null ? Set.of() : Set.copyOf(reportedPeriods);
    }
}
