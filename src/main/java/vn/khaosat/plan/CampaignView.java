package vn.khaosat.plan;

import java.time.LocalDate;
import java.util.List;

/** A campaign as the plan screen shows it: its state and the publications still to come. */
public record CampaignView(long id, long version, int year, CampaignStatus status, LocalDate lastWorkOpened,
        List<Publication> upcoming, String cancelledBy, String cancelReason) {
}
