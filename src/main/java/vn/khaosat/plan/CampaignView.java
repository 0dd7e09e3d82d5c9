package vn.khaosat.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * A campaign as the plan screen shows it: its state, the publications still to come, and what it
 * took over from the year before when it started (responses moved and not moved, fields dropped).
 */
public record CampaignView(long id, long version, int year, CampaignStatus status, LocalDate lastWorkOpened,
        List<Publication> upcoming, String cancelledBy, String cancelReason, int carriedOver, int notCarriedOver,
        List<FieldView> droppedFields) {
}
