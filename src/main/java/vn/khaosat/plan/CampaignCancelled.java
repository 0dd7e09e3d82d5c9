package vn.khaosat.plan;

/** Published when an admin cancels a campaign: the work of its periods stops with it. */
public record CampaignCancelled(long campaignId, String reason) {
}
