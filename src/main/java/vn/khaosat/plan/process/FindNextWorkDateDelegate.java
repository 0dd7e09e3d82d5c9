package vn.khaosat.plan.process;

import java.util.Date;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.khaosat.plan.CampaignService;
import vn.khaosat.plan.Publication;
import vn.khaosat.plan.SurveyCampaignProcess;

/** Task_FindNextWorkDate: sets the timer to the next publication's work date, or says there is none. */
@Component("findNextWorkDate")
class FindNextWorkDateDelegate implements JavaDelegate {

    private final CampaignService campaigns;

    FindNextWorkDateDelegate(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long campaignId = ((Number) execution.getVariable(SurveyCampaignProcess.VAR_CAMPAIGN_ID)).longValue();
        Optional<Publication> next = campaigns.nextPublication(campaignId);
        execution.setVariable(SurveyCampaignProcess.VAR_HAS_NEXT, next.isPresent());
        next.ifPresent(publication -> {
            execution.setVariable(SurveyCampaignProcess.VAR_NEXT_WORK_OPENS_AT,
                    Date.from(publication.workOpensAt().toInstant()));
            execution.setVariable(SurveyCampaignProcess.VAR_NEXT_PUBLICATION_DATE, publication.date().toString());
        });
    }
}
