package vn.khaosat.cycle;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.khaosat.base.AppTime;
import vn.khaosat.base.InvalidInputException;
import vn.khaosat.base.alerts.AlertService;
import vn.khaosat.org.CandidateGroups;
import vn.khaosat.base.ProcessVariable;
import vn.khaosat.base.ProcessVariables;
import vn.khaosat.base.CurrentUser;
import vn.khaosat.base.tasks.TaskInboxService;
import vn.khaosat.base.tasks.ApprovalStep;
import vn.khaosat.base.tasks.TaskRecords;
import vn.khaosat.org.OrgService;
import vn.khaosat.plan.CampaignCancelled;
import vn.khaosat.plan.CampaignService;
import vn.khaosat.plan.Period;
import vn.khaosat.plan.PeriodWorkOpened;
import vn.khaosat.plan.Publication;
import vn.khaosat.plan.PublicationCalendar;
import vn.khaosat.plan.RunningCampaign;

/**
 * The period cycle (process publication-cycle), one per publication date of a campaign: staff
 * finalise the data, the engine aggregates, staff review the figures and write the narrative, the
 * leader approves (or returns), and at 08:00 on the 28th the engine publishes; approved after that
 * instant, the publication happens at once and is marked late ({@link PublicationLateness}).
 */
@Service
@Transactional(readOnly = true)
public class CycleService {

    private final PeriodCycleRepository cycles;
    private final CampaignService campaigns;
    private final AggregationService aggregation;
    private final PublicationService publications;
    private static final ApprovalStep APPROVAL = new ApprovalStep(PublicationCycleProcess.TASK_APPROVE,
            PublicationCycleProcess.APPROVED, "validation.cycle.returnComment");

    private final TaskRecords<PeriodCycle> tasks;
    private final OrgService org;
    private final CurrentUser currentUser;
    private final RuntimeService runtimeService;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AlertService alerts;
    private final PublicationLateness lateness;

    CycleService(PeriodCycleRepository cycles, CampaignService campaigns, AggregationService aggregation,
            PublicationService publications, TaskInboxService inbox, OrgService org, CurrentUser currentUser,
            RuntimeService runtimeService, Clock clock, ApplicationEventPublisher events, AlertService alerts,
            PublicationLateness lateness) {
        this.events = events;
        this.lateness = lateness;
        this.alerts = alerts;
        this.cycles = cycles;
        this.campaigns = campaigns;
        this.aggregation = aggregation;
        this.publications = publications;
        this.tasks = new TaskRecords<>(inbox, PublicationCycleProcess.KEY, PublicationCycleProcess.CYCLE_ID, cycles,
                this::loadInUnit);
        this.org = org;
        this.currentUser = currentUser;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    /** A campaign opened a publication's work: its cycle starts, with the narrative of the commune's last cycle. */
    @EventListener
    @Transactional
    public void start(PeriodWorkOpened opened) {
        if (cycles.existsByCampaignIdAndPublicationDate(opened.campaignId(), opened.publicationDate())) {
            return; // started already: a retried step starts nothing twice
        }
        Narrative earlier = cycles.findFirstByCommuneCodeOrderByPublicationDateDesc(opened.communeCode())
                .map(PeriodCycle::narrative).orElse(null);
        PeriodCycle cycle = cycles.saveAndFlush(new PeriodCycle(opened.campaignId(), opened.communeCode(), opened.year(),
                opened.publicationDate(), earlier));
        Publication publication = publication(cycle);
        var instance = runtimeService.startProcessInstanceByKey(PublicationCycleProcess.KEY,
                "cycle-" + opened.publicationDate().toString().substring(0, 7) + "-" + opened.communeCode(),
                ProcessVariable.values(PublicationCycleProcess.CYCLE_ID.is(cycle.getId()),
                        PublicationCycleProcess.CAMPAIGN_ID.is(opened.campaignId()),
                        ProcessVariables.COMMUNE_CODE.is(opened.communeCode()),
                        PublicationCycleProcess.PUBLISH_AT.is(publication.publishAt().toInstant())));
        cycle.setProcessInstanceId(instance.getId());
    }

    /**
     * A cancelled campaign publishes nothing more: its open cycles end (their history stays in Camunda)
     * and say so; what was published stays published.
     */
    @EventListener
    @Transactional
    public void stop(CampaignCancelled cancelled) {
        PublicationCycleProcess.CAMPAIGN_ID.whereEquals(runtimeService.createProcessInstanceQuery()
                        .processDefinitionKey(PublicationCycleProcess.KEY), cancelled.campaignId()).list()
                .forEach(pi -> runtimeService.deleteProcessInstance(pi.getId(), "campaign cancelled: " + cancelled.reason()));
        cycles.findByCampaignId(cancelled.campaignId()).stream()
                .filter(c -> c.getStatus() != CycleStatus.PUBLISHED && c.getStatus() != CycleStatus.CANCELLED)
                .forEach(c -> {
                    c.cancelled();
                    cycles.saveAndFlush(c);
                });
    }

    public CycleView cycleOfTask(String taskId) {
        PeriodCycle cycle = tasks.of(taskId);
        return cycle.toView(results(cycle));
    }

    /** The data are final; coverage under the plan's target opens a warning for the leader. */
    @Transactional
    public void finalise(String taskId, long version) {
        PeriodCycle cycle = tasks.at(taskId, PublicationCycleProcess.TASK_FINALISE, version);
        boolean below = results(cycle).stream().anyMatch(PeriodResults::coverageBelowTarget);
        cycle.finalised(currentUser.requireUsername(), below);
        tasks.complete(taskId, cycle, PublicationCycleProcess.COVERAGE_BELOW_TARGET.is(below));
    }

    /** The leader has seen the coverage under target and says why (kept with the cycle). */
    @Transactional
    public void acknowledgeCoverage(String taskId, long version, String reason) {
        String text = InvalidInputException.requireText(reason, "reason", "validation.cycle.coverageReason", 2_000);
        PeriodCycle cycle = tasks.at(taskId, PublicationCycleProcess.TASK_ACKNOWLEDGE_COVERAGE, version);
        cycle.coverageAcknowledged(text, currentUser.requireUsername());
        tasks.complete(taskId, cycle);
    }

    /** The commune's published monthly rates, oldest first (the last twelve): the trend chart. */
    public Map<String, Double> monthlyTrend(String communeCode) {
        org.requireReach(communeCode);
        return publications.monthlyTrend(communeCode);
    }

    /**
     * The figures of the commune's previous publication for the same kind of period (the month before,
     * the quarter before…), as published: what the review compares with.
     */
    public Optional<PeriodResults> previous(PeriodResults current) {
        org.requireReach(current.communeCode());
        return publications.previous(current);
    }

    @Transactional
    public void submitReview(String taskId, long version, Narrative narrative) {
        PeriodCycle cycle = tasks.at(taskId, PublicationCycleProcess.TASK_REVIEW, version);
        narrative.requireValid();
        cycle.reviewed(narrative, currentUser.requireUsername());
        tasks.complete(taskId, cycle);
    }

    @Transactional
    public void approve(String taskId, long version) {
        tasks.approve(taskId, APPROVAL, version, cycle -> cycle.approved(currentUser.requireUsername(), clock.instant()));
    }

    @Transactional
    public void returnForReview(String taskId, long version, String comment) {
        tasks.sendBack(taskId, APPROVAL, version, comment, PeriodCycle::returned);
    }

    // ---- the engine's steps

    /** The narrative a cycle's review wrote: where its period's report starts from. */
    public Narrative narrativeOfCycle(long cycleId) {
        return cycles.findById(cycleId).orElseThrow().narrative();
    }

    /** Task_Aggregate: the figures are computed from the closed window (they are computed again at publication). */
    @Transactional
    public void aggregated(long cycleId) {
        PeriodCycle cycle = cycles.findById(cycleId).orElseThrow();
        results(cycle);
        cycle.aggregated(clock.instant());
        cycles.saveAndFlush(cycle);
    }

    /** Task_RemindFinaliser: the day before finalising is due, the data are not finalised yet. */
    @Transactional
    public void remindFinaliser(long cycleId) {
        alert(cycles.findById(cycleId).orElseThrow(), CandidateGroups::staff, "alert.cycle.finaliseReminder");
    }

    /** Task_EscalateFinalise: finalising is overdue; the leader learns of it. */
    @Transactional
    public void escalateFinalise(long cycleId) {
        alert(cycles.findById(cycleId).orElseThrow(), CandidateGroups::leader, "alert.cycle.finaliseOverdue");
    }

    /** Task_EscalateReview: the review is overdue; the leader learns of it. */
    @Transactional
    public void escalateReview(long cycleId) {
        alert(cycles.findById(cycleId).orElseThrow(), CandidateGroups::leader, "alert.cycle.reviewOverdue");
    }

    /** Task_RemindReviewer: the day before the review is due it is still open. */
    @Transactional
    public void remindReviewer(long cycleId) {
        alert(marked(cycleId, cycle -> cycle.reminded(clock.instant())), CandidateGroups::staff,
                "alert.cycle.reviewReminder");
    }

    /** Task_EscalateApproval: 08:00 on the 28th arrived without the leader's approval. */
    @Transactional
    public void escalateApproval(long cycleId) {
        alert(marked(cycleId, cycle -> cycle.escalated(clock.instant())), CandidateGroups::leader,
                "alert.cycle.approvalOverdue");
    }

    /** The cycle with the engine's step recorded on it (a reminder, an escalation), saved. */
    private PeriodCycle marked(long cycleId, java.util.function.Consumer<PeriodCycle> step) {
        PeriodCycle cycle = cycles.findById(cycleId).orElseThrow();
        step.accept(cycle);
        return cycles.saveAndFlush(cycle);
    }

    /** An alert about the cycle to a group of its commune, naming its publication date. */
    private void alert(PeriodCycle cycle, java.util.function.UnaryOperator<String> groupOfCommune, String messageKey) {
        alerts.send(groupOfCommune.apply(cycle.getCommuneCode()), messageKey, null,
                AppTime.DATE.format(cycle.getPublicationDate()));
    }

    /**
     * Task_Publish: freezes the publication's periods, late by {@link PublicationLateness}. Returns
     * whether the date publishes a period the plan reports upwards.
     */
    @Transactional
    public boolean publish(long cycleId) {
        PeriodCycle cycle = cycles.findById(cycleId).orElseThrow();
        Publication publication = publication(cycle);
        Instant now = clock.instant();
        boolean late = lateness.isLate(publication.publishAt().toInstant(), cycle.getApprovedAt(), now);
        publications.publish(cycle.getCommuneCode(), cycle.getYear(), publication, late);
        cycle.published(now, late);
        cycles.saveAndFlush(cycle);
        return !reportedPeriods(cycle).isEmpty();
    }

    /** Task_StartReport: the reported periods of this publication go on to the report to the parent unit. */
    @Transactional
    public void startReport(long cycleId) {
        PeriodCycle cycle = cycles.findById(cycleId).orElseThrow();
        for (Period period : reportedPeriods(cycle)) {
            events.publishEvent(new ReportDue(cycle.getCampaignId(), cycle.getCommuneCode(), cycle.getYear(),
                    period.code(), cycle.getId()));
        }
    }

    // ---- inside

    private List<PeriodResults> results(PeriodCycle cycle) {
        RunningCampaign campaign = campaigns.campaignOfYear(cycle.getCommuneCode(), cycle.getYear()).orElseThrow();
        return publication(cycle).periods().stream().map(p -> aggregation.aggregate(campaign, p)).toList();
    }

    private List<Period> reportedPeriods(PeriodCycle cycle) {
        var reported = campaigns.planOfCampaign(cycle.getCampaignId()).reportedPeriods();
        return publication(cycle).periods().stream().filter(p -> reported.contains(p.type())).toList();
    }

    private Publication publication(PeriodCycle cycle) {
        int cutOff = campaigns.cutOffDay(cycle.getCampaignId());
        return PublicationCalendar.of(cycle.getYear(), cutOff).stream()
                .filter(p -> p.date().equals(cycle.getPublicationDate())).findFirst().orElseThrow();
    }

    private PeriodCycle loadInUnit(long id) {
        PeriodCycle cycle = cycles.findById(id).orElseThrow();
        org.requireReach(cycle.getCommuneCode());
        return cycle;
    }
}
