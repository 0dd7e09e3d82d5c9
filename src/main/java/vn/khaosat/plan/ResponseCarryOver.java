package vn.khaosat.plan;

/**
 * Moves to a campaign that starts the responses the commune's earlier campaign took that count in
 * the new campaign's windows (given after the last cut-off while next year's plan was not issued
 * yet). Implemented by the collection feature, which owns the responses.
 */
public interface ResponseCarryOver {

    /** How many responses moved, and how many stayed because their field or questionnaire is not the new plan's. */
    record Result(int carried, int notCarried) {
    }

    Result carryOver(RunningCampaign started);
}
