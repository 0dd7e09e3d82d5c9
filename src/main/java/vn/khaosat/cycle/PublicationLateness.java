package vn.khaosat.cycle;

import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When a publication counts as late, which the public results page, the notice and the district
 * see. Late is the commune's approval coming after 08:00 on the 28th, or the publication itself
 * running more than {@code app.cycle.publication-grace} after it (the server was down). A
 * publication approved in time that waits a few minutes in the job queue, as thousands do at
 * national scale on the same 28th, is on time.
 */
@Component
class PublicationLateness {

    private final Duration grace;

    PublicationLateness(@Value("${app.cycle.publication-grace:PT15M}") Duration grace) {
        if (grace.isNegative()) {
            throw new IllegalArgumentException("app.cycle.publication-grace must not be negative: " + grace);
        }
        this.grace = grace;
    }

    /** {@code approvedAt} is null for a cycle approved before the approval's time was kept. */
    boolean isLate(Instant publishAt, Instant approvedAt, Instant publishedAt) {
        boolean approvedLate = approvedAt != null && approvedAt.isAfter(publishAt);
        return approvedLate || publishedAt.isAfter(publishAt.plus(grace));
    }
}
