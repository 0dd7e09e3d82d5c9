package vn.khaosat.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.khaosat.base.CurrentUser;
import vn.khaosat.base.InvalidInputException;
import vn.khaosat.base.ProcessVariables;
import vn.khaosat.org.OrgService;
import vn.khaosat.org.Role;

/**
 * The year's campaign (process survey-campaign): it waits for each publication's work date of the
 * plan's calendar and opens the period's work. An admin may cancel it, with a reason.
 */
@Service
@Transactional(readOnly = true)
public class CampaignService {

    private final CampaignRepository campaigns;
    private final SurveyPlanRepository plans;
    private final OrgService org;
    private final TemplateService templates;
    private final CurrentUser currentUser;
    private final RuntimeService runtimeService;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** Wall-clock time (not the engine's) a kept running campaign stays fresh. */
    static final long RUNNING_CACHE_MILLIS = 30_000;

    private record RunningKey(String communeCode, int year) {
    }

    private record CachedRunning(Optional<RunningCampaign> campaign, long until) {
    }

    private final Map<RunningKey, CachedRunning> running = new ConcurrentHashMap<>();
    private final TransactionTemplate readOnly;

    CampaignService(CampaignRepository campaigns, SurveyPlanRepository plans, OrgService org, TemplateService templates,
            CurrentUser currentUser, RuntimeService runtimeService, ApplicationEventPublisher events, Clock clock,
            PlatformTransactionManager transactions) {
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.campaigns = campaigns;
        this.plans = plans;
        this.org = org;
        this.templates = templates;
        this.currentUser = currentUser;
        this.runtimeService = runtimeService;
        this.events = events;
        this.clock = clock;
    }

    public Optional<CampaignView> campaignOfPlan(long planId) {
        SurveyPlan plan = plans.findById(planId).orElseThrow(() -> new AccessDeniedException("no plan " + planId));
        org.unit(plan.getCommuneCode());
        return campaigns.findByPlanId(planId).map(c -> view(c, plan));
    }

    /**
     * The commune's running campaign of that year, with its questionnaire: what a response is given to.
     * Applies no tenant rule: citizens at a kiosk or online submit without logging in. Every
     * submission asks for it, so it is kept for {@link #RUNNING_CACHE_MILLIS}: a running campaign's
     * plan and template no longer change, and starting, cancelling or completing one here forgets
     * them all (another node learns of it within that time).
     */
    @Transactional(propagation = Propagation.SUPPORTS) // a kept campaign needs no transaction (B1)
    public Optional<RunningCampaign> runningCampaign(String communeCode, int year) {
        RunningKey key = new RunningKey(communeCode, year);
        long now = System.currentTimeMillis();
        CachedRunning cached = running.get(key);
        if (cached != null && cached.until() > now) {
            return cached.campaign();
        }
        Optional<RunningCampaign> fresh = readOnly.execute(status -> loadRunningCampaign(communeCode, year));
        running.put(key, new CachedRunning(fresh, now + RUNNING_CACHE_MILLIS));
        return fresh;
    }

    /** Forgets the kept running campaigns: after a change that did not go through this service (tests, imports). */
    public void forgetRunningCampaigns() {
        running.clear();
    }

    /**
     * The campaign a commune's cycles of that year aggregate and publish: the running one, or the
     * completed one. A campaign completes at its last cut-off (15/12), before the year's last
     * publication on 28/12 has been finalised, reviewed, approved and published.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<RunningCampaign> campaignOfYear(String communeCode, int year) {
        return runningCampaign(communeCode, year).or(() -> readOnly.execute(status -> campaigns
                .findFirstByCommuneCodeAndYearAndStatusOrderByIdDesc(communeCode, year, CampaignStatus.COMPLETED)
                .map(this::questionnaire)));
    }

    private Optional<RunningCampaign> loadRunningCampaign(String communeCode, int year) {
        return campaigns.findByCommuneCodeAndYearAndStatus(communeCode, year, CampaignStatus.RUNNING)
                .map(this::questionnaire);
    }

    private RunningCampaign questionnaire(Campaign campaign) {
        SurveyPlan plan = plans.findById(campaign.getPlanId()).orElseThrow();
        var fields = plan.getFields().stream().sorted(Comparator.comparing(ServiceField::getPosition)).toList();
        return new RunningCampaign(campaign.getId(), campaign.getCommuneCode(),
                org.lookupUnit(campaign.getCommuneCode()).getName(), campaign.getYear(),
                templates.template(plan.content().templateId()), fields, plan.content().channels(),
                plan.content().coverageTarget());
    }

    /** The cut-off day of the campaign's plan: what its publication calendar is built with. */
    public int cutOffDay(long campaignId) {
        Campaign campaign = campaigns.findById(campaignId).orElseThrow();
        return plans.findById(campaign.getPlanId()).orElseThrow().content().cutOffDay();
    }

    /** The plan a campaign carries out: its cut-off day, coverage target, reported periods, signer. */
    public PlanContent planOfCampaign(long campaignId) {
        Campaign campaign = campaigns.findById(campaignId).orElseThrow();
        return plans.findById(campaign.getPlanId()).orElseThrow().content();
    }

    /** Cancels a running campaign; only an admin may, and must say why. */
    @Transactional
    public void cancel(long campaignId, long version, String reason) {
        if (!currentUser.hasRole(Role.ADMIN.name())) {
            throw new AccessDeniedException("administrators only");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException(Map.of("reason", "validation.campaign.reason"));
        }
        Campaign campaign = campaigns.findById(campaignId).orElseThrow();
        campaign.requireVersion(version);
        if (campaign.getStatus() != CampaignStatus.RUNNING) {
            throw new InvalidInputException(Map.of("reason", "validation.campaign.notRunning"));
        }
        campaign.cancel(clock.instant(), currentUser.requireUsername(), reason.strip());
        campaigns.saveAndFlush(campaign);
        forgetRunningCampaigns();
        runtimeService.createMessageCorrelation(SurveyCampaignProcess.MESSAGE_CANCEL)
                .processInstanceId(campaign.getProcessInstanceId()).correlate();
        events.publishEvent(new CampaignCancelled(campaignId, reason.strip()));
    }

    // ---- the engine's steps

    /** Task_StartCampaign of survey-plan: the campaign of an issued plan begins. */
    @Transactional
    public void start(long planId) {
        SurveyPlan plan = plans.findById(planId).orElseThrow();
        Campaign campaign = campaigns.saveAndFlush(
                new Campaign(planId, plan.getCommuneCode(), plan.getYear(), clock.instant()));
        forgetRunningCampaigns();
        var instance = runtimeService.startProcessInstanceByKey(SurveyCampaignProcess.KEY,
                SurveyCampaignProcess.businessKey(plan.getYear(), plan.getCommuneCode()),
                Map.of(SurveyCampaignProcess.VAR_CAMPAIGN_ID, campaign.getId(),
                        ProcessVariables.COMMUNE_CODE, plan.getCommuneCode()));
        campaign.setProcessInstanceId(instance.getId());
    }

    /**
     * The next publication whose period work the campaign has not opened yet and which can still be
     * published; a date already past opens at once (a plan issued late, or a server that was down).
     */
    public Optional<Publication> nextPublication(long campaignId) {
        Campaign campaign = campaigns.findById(campaignId).orElseThrow();
        SurveyPlan plan = plans.findById(campaign.getPlanId()).orElseThrow();
        return remaining(campaign, plan).stream().findFirst();
    }

    /** Task_OpenPeriodWork: the work of the publication on that date begins; the period cycle listens. */
    @Transactional
    public void workOpened(long campaignId, LocalDate publicationDate) {
        Campaign campaign = campaigns.findById(campaignId).orElseThrow();
        campaign.workOpened(publicationDate);
        campaigns.saveAndFlush(campaign);
        events.publishEvent(new PeriodWorkOpened(campaignId, campaign.getCommuneCode(), campaign.getYear(),
                publicationDate));
    }

    @Transactional
    public void complete(long campaignId) {
        Campaign campaign = campaigns.findById(campaignId).orElseThrow();
        campaign.complete(clock.instant());
        campaigns.saveAndFlush(campaign);
        forgetRunningCampaigns();
    }


    private List<Publication> remaining(Campaign campaign, SurveyPlan plan) {
        var now = clock.instant();
        return PublicationCalendar.of(plan.getYear(), plan.content().cutOffDay()).stream()
                .filter(p -> campaign.getLastWorkOpened() == null || p.date().isAfter(campaign.getLastWorkOpened()))
                .filter(p -> p.publishAt().toInstant().isAfter(now))
                .toList();
    }

    private CampaignView view(Campaign campaign, SurveyPlan plan) {
        List<Publication> upcoming = campaign.getStatus() == CampaignStatus.RUNNING ? remaining(campaign, plan) : List.of();
        return new CampaignView(campaign.getId(), campaign.getVersion(), campaign.getYear(), campaign.getStatus(),
                campaign.getLastWorkOpened(), upcoming, campaign.getCancelledBy(), campaign.getCancelReason());
    }
}
