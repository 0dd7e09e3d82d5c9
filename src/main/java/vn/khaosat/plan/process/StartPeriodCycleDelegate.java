package vn.khaosat.plan.process;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.khaosat.plan.CampaignService;
import vn.khaosat.plan.SurveyCampaignProcess;

/** Task_StartPeriodCycle: the period cycle of the opened work starts, in a step of its own. */
@Component("startPeriodCycle")
class StartPeriodCycleDelegate implements JavaDelegate {

    private final CampaignService campaigns;

    StartPeriodCycleDelegate(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public void execute(DelegateExecution execution) {
        campaigns.startPeriodWork(SurveyCampaignProcess.CAMPAIGN_ID.from(execution),
                SurveyCampaignProcess.NEXT_PUBLICATION_DATE.from(execution));
    }
}
