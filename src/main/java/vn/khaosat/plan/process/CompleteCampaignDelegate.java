package vn.khaosat.plan.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.khaosat.plan.CampaignService;
import vn.khaosat.plan.SurveyCampaignProcess;

/** Task_CompleteCampaign: every publication of the year has opened. */
@Component("completeCampaign")
class CompleteCampaignDelegate implements JavaDelegate {

    private final CampaignService campaigns;

    CompleteCampaignDelegate(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public void execute(DelegateExecution execution) {
        campaigns.complete(SurveyCampaignProcess.CAMPAIGN_ID.from(execution));
    }
}
