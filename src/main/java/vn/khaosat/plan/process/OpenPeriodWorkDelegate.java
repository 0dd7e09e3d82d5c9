package vn.khaosat.plan.process;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.khaosat.plan.CampaignService;
import vn.khaosat.plan.SurveyCampaignProcess;

/** Task_OpenPeriodWork: the publication's data window has closed; its period work begins. */
@Component("openPeriodWork")
class OpenPeriodWorkDelegate implements JavaDelegate {

    private final CampaignService campaigns;

    OpenPeriodWorkDelegate(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public void execute(DelegateExecution execution) {
        campaigns.workOpened(SurveyCampaignProcess.CAMPAIGN_ID.from(execution),
                SurveyCampaignProcess.NEXT_PUBLICATION_DATE.from(execution));
    }
}
