package vn.khaosat.plan.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.khaosat.plan.CampaignService;
import vn.khaosat.plan.SurveyPlanProcess;

/** Task_StartCampaign: the issued plan starts the year's campaign. */
@Component("startCampaign")
class StartCampaignDelegate implements JavaDelegate {

    private final CampaignService campaigns;

    StartCampaignDelegate(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public void execute(DelegateExecution execution) {
        campaigns.start(SurveyPlanProcess.PLAN_ID.from(execution));
    }
}
