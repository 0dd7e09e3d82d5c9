package vn.khaosat.plan.process;

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
        long campaignId = SurveyCampaignProcess.CAMPAIGN_ID.from(execution);
        Optional<Publication> next = campaigns.nextPublication(campaignId);
        SurveyCampaignProcess.HAS_NEXT.set(execution, next.isPresent());
        next.ifPresent(publication -> {
            SurveyCampaignProcess.NEXT_WORK_OPENS_AT.set(execution, publication.workOpensAt().toInstant());
            SurveyCampaignProcess.NEXT_PUBLICATION_DATE.set(execution, publication.date());
        });
    }
}
