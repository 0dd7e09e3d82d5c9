package vn.khaosat.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

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
import vn.khaosat.base.ProcessVariable;
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
    private final ResponseCarryOver carryOver;
    private final PlanSettings settings;
    private final ServiceFieldRepository fields;

    /** A campaign whose plan was issued and not cancelled. */
    private static final List<CampaignStatus> ISSUED = List.of(CampaignStatus.RUNNING, CampaignStatus.COMPLETED);

    /** Wall-clock time (not the engine's) a kept running campaign stays fresh. */
    static final long RUNNING_CACHE_MILLIS = 30_000;

    private record RunningKey(String communeCode, int year) {
    }

    private record CachedRunning(Optional<RunningCampaign> campaign, long until) {
    }

    private record CollectingKey(String communeCode, LocalDate day) {
    }

    private final Map<RunningKey, CachedRunning> running = new ConcurrentHashMap<>();
    private final Map<CollectingKey, CachedRunning> collecting = new ConcurrentHashMap<>();
    private final TransactionTemplate readOnly;

    CampaignService(CampaignRepository campaigns, SurveyPlanRepository plans, OrgService org, TemplateService templates,
            CurrentUser currentUser, RuntimeService runtimeService, ApplicationEventPublisher events, Clock clock,
            PlatformTransactionManager transactions, ResponseCarryOver carryOver, ServiceFieldRepository fields,
            PlanSettings settings) {
        this.settings = settings;
        this.carryOver = carryOver;
        this.fields = fields;
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
        org.requireReach(plan.getCommuneCode());
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
        return kept(running, new RunningKey(communeCode, year), () -> loadRunningCampaign(communeCode, year));
    }

    /** The kept answer to a lookup, or a fresh one (read-only) kept for {@link #RUNNING_CACHE_MILLIS}. */
    private <K> Optional<RunningCampaign> kept(Map<K, CachedRunning> cache, K key,
            java.util.function.Supplier<Optional<RunningCampaign>> load) {
        long now = System.nanoTime() / 1_000_000; // a time to live counts elapsed time, not dates
        CachedRunning cached = cache.get(key);
        if (cached != null && cached.until() > now) {
            return cached.campaign();
        }
        Optional<RunningCampaign> fresh = readOnly.execute(status -> load.get());
        cache.put(key, new CachedRunning(fresh, now + RUNNING_CACHE_MILLIS));
        return fresh;
    }

    /**
     * The campaign a response given on that day belongs to, so that a commune takes ratings every day
     * of the year. The issued campaign (running or completed) whose data windows hold the day: 20/12
     * belongs to next year's (Decree 09/2019 counts it in January). Until next year's plan is issued,
     * the last campaign issued for this year or the year before takes them with its questionnaire
     * and fields; the new campaign takes them over when it starts ({@link ResponseCarryOver}).
     * Applies no tenant rule (citizens submit without logging in); kept like {@link #runningCampaign}.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<RunningCampaign> collectingCampaign(String communeCode, LocalDate day) {
        return kept(collecting, new CollectingKey(communeCode, day), () -> loadCollectingCampaign(communeCode, day));
    }

    private Optional<RunningCampaign> loadCollectingCampaign(String communeCode, LocalDate day) {
        List<RunningCampaign> issued = campaigns.findByCommuneCodeAndYearBetweenAndStatusIn(communeCode,
                day.getYear() - 1, day.getYear() + 1, ISSUED).stream()
                .sorted(Comparator.comparingInt(Campaign::getYear).thenComparingLong(Campaign::getId).reversed())
                .map(this::questionnaire).toList();
        return issued.stream().filter(c -> c.windowsHold(day)).findFirst()
                .or(() -> issued.stream().filter(c -> c.year() >= day.getYear() - 1
                        && day.isAfter(PublicationCalendar.lastWindowDay(c.year(), c.cutOffDay()))).findFirst());
    }

    /** Forgets the kept running campaigns: after a change that did not go through this service (tests, imports). */
    public void forgetRunningCampaigns() {
        running.clear();
        collecting.clear();
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
        var fields = plan.getFields().stream().sorted(Comparator.comparing(ServiceField::getPosition))
                .map(FieldView::of).toList();
        return new RunningCampaign(campaign.getId(), campaign.getCommuneCode(),
                org.lookupUnit(campaign.getCommuneCode()).getName(), campaign.getYear(),
                templates.template(plan.content().templateId()), fields, plan.content().channels(),
                plan.content().coverageTarget(), plan.content().cutOffDay());
    }

    /**
     * When the commune's campaign of that year was cancelled, if it was and no issued campaign of the
     * year runs or completed instead: the parent unit's dashboard shows its periods as cancelled.
     */
    public Optional<java.time.Instant> cancelledAt(String communeCode, int year) {
        return Optional.ofNullable(cancelledAt(List.of(communeCode), year).get(communeCode));
    }

    /** {@link #cancelledAt(String, int)} of many communes in one statement: those cancelled, by commune code. */
    @Transactional(readOnly = true)
    public Map<String, java.time.Instant> cancelledAt(Collection<String> communeCodes, int year) {
        Map<String, List<Campaign>> byCommune = campaigns.findByCommuneCodeInAndYear(communeCodes, year).stream()
                .collect(Collectors.groupingBy(Campaign::getCommuneCode));
        Map<String, java.time.Instant> cancelled = new HashMap<>();
        byCommune.forEach((commune, ofYear) -> {
            if (ofYear.stream().allMatch(c -> c.getStatus() == CampaignStatus.CANCELLED)) {
                ofYear.stream().max(Comparator.comparing(Campaign::getId))
                        .ifPresent(latest -> cancelled.put(commune, latest.getEndedAt()));
            }
        });
        return cancelled;
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
        InvalidInputException.requireText(reason, "reason", "validation.campaign.reason");
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
        takeOver(campaign, plan);
        forgetRunningCampaigns();
        var instance = runtimeService.startProcessInstanceByKey(SurveyCampaignProcess.KEY,
                SurveyCampaignProcess.businessKey(plan.getYear(), plan.getCommuneCode()),
                ProcessVariable.values(SurveyCampaignProcess.CAMPAIGN_ID.is(campaign.getId()),
                        ProcessVariables.COMMUNE_CODE.is(plan.getCommuneCode()),
                        SurveyCampaignProcess.CAMPAIGN_YEAR.is(plan.getYear()),
                        SurveyCampaignProcess.NEXT_YEAR_PLAN_AT.is(settings.requestAt(plan.getYear()).toInstant())));
        campaign.setProcessInstanceId(instance.getId());
    }

    /**
     * The new campaign takes over the responses its commune gave after the earlier campaign's last
     * cut-off, for the fields it keeps; the plan screen shows what it took and what it dropped.
     */
    private void takeOver(Campaign started, SurveyPlan plan) {
        Set<String> kept = plan.getFields().stream().map(ServiceField::getCode).collect(Collectors.toSet());
        List<String> dropped = campaigns.findByCommuneCodeAndYearBetweenAndStatusIn(plan.getCommuneCode(),
                plan.getYear() - 1, plan.getYear() - 1, ISSUED).stream().max(Comparator.comparingLong(Campaign::getId))
                .map(earlier -> plans.findById(earlier.getPlanId()).orElseThrow().getFields().stream()
                        .sorted(Comparator.comparing(ServiceField::getPosition)).map(ServiceField::getCode)
                        .filter(code -> !kept.contains(code)).toList())
                .orElse(List.of());
        started.tookOver(carryOver.carryOver(questionnaire(started)), dropped);
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

    /** Task_OpenPeriodWork: the work of the publication on that date begins. */
    @Transactional
    public void workOpened(long campaignId, LocalDate publicationDate) {
        Campaign campaign = campaigns.findById(campaignId).orElseThrow();
        campaign.workOpened(publicationDate);
        campaigns.saveAndFlush(campaign);
    }

    /**
     * Task_StartPeriodCycle, a step of its own (asynchronous): the period cycle listens. A failing
     * start fails this step only (an incident the engine retries), never the opening before it.
     */
    @Transactional
    public void startPeriodWork(long campaignId, LocalDate publicationDate) {
        Campaign campaign = campaigns.findById(campaignId).orElseThrow();
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
        List<FieldView> dropped = campaign.getDroppedFields().stream()
                .map(code -> fields.findByCode(code).orElse(null)).filter(java.util.Objects::nonNull)
                .map(FieldView::of).toList();
        return new CampaignView(campaign.getId(), campaign.getVersion(), campaign.getYear(), campaign.getStatus(),
                campaign.getLastWorkOpened(), upcoming, campaign.getCancelledBy(), campaign.getCancelReason(),
                campaign.getCarriedOver(), campaign.getNotCarriedOver(), dropped);
    }
}
