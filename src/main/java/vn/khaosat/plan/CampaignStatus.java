package vn.khaosat.plan;

public enum CampaignStatus {
    RUNNING,
    COMPLETED,
    CANCELLED
}
