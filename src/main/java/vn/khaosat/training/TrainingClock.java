package vn.khaosat.training;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.khaosat.base.AppClock;
import vn.khaosat.base.AppTime;
import vn.khaosat.plan.PublicationCalendar;
import vn.khaosat.plan.SurveyCampaignProcess;

/**
 * Moves the application's time ({@link AppClock}, which the process engine's clock follows)
 * forward and runs the steps that fell due on the way, oldest first. Time never moves back here
 * but to the real time, so published periods stay published.
 */
public class TrainingClock {

    private static final Logger LOG = LoggerFactory.getLogger(TrainingClock.class);
    /** A guard, not a limit a training year reaches: 100 communes' year is under 20,000 steps. */
    static final int MAX_STEPS = 50_000;

    /** A step the engine will take: when, in which process, at which activity. */
    public record DueStep(Instant due, String process, String activity) {
    }

    /** Where the clock went and how many due steps ran (and failed: they stay for the job executor to retry). */
    public record Moved(Instant now, int ran, int failed) {
    }

    private final ManagementService management;
    private final RepositoryService repository;
    private final Clock clock;

    public TrainingClock(ManagementService management, RepositoryService repository, Clock clock) {
        this.management = management;
        this.repository = repository;
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    /** The next timers of every process, soonest first. */
    public List<DueStep> nextSteps(int count) {
        return management.createJobQuery().timers().duedateHigherThan(Date.from(now())).orderByJobDuedate().asc()
                .listPage(0, count).stream().map(this::step).toList();
    }

    /** The next cut-off: when a running campaign next opens a period's work. */
    public Optional<Instant> nextCutOff() {
        return management.createJobQuery().processDefinitionKey(SurveyCampaignProcess.KEY).timers()
                .duedateHigherThan(Date.from(now())).orderByJobDuedate().asc().listPage(0, 1).stream()
                .map(job -> job.getDuedate().toInstant()).findFirst();
    }

    /**
     * Runs what is due now (a plan just approved is issued, and its campaign schedules its first
     * cut-off), then moves to the next cut-off, if a campaign waits for one.
     */
    public synchronized Optional<Moved> moveToNextCutOff() {
        Moved now = runDueSteps();
        return nextCutOff().map(at -> {
            Moved moved = moveTo(at);
            return new Moved(moved.now(), now.ran() + moved.ran(), now.failed() + moved.failed());
        });
    }

    /** 08:00 of the next 28th, when the cycles publish. */
    public Instant nextPublication() {
        return PublicationCalendar.nextPublicationAfter(now()).toInstant();
    }

    public Moved forwardDays(int days) {
        if (days < 1 || days > 366) {
            throw new IllegalArgumentException("days out of 1–366: " + days);
        }
        return moveTo(now().plusSeconds(days * 86_400L));
    }

    /** Moves the clock to that instant, if it is ahead, and runs every step due by then. */
    public synchronized Moved moveTo(Instant instant) {
        if (instant.isAfter(now())) {
            runFrom(instant);
            LOG.info("Training clock moved to {}", instant.atZone(AppTime.ZONE).toLocalDateTime());
        }
        return runDueSteps();
    }

    /**
     * Sets the clock to that instant, behind or ahead, without running anything: the application's
     * start ({@code app.training-clock.start}), before the demo is built and the job executor runs.
     */
    public static void startAt(Instant instant) {
        runFrom(instant);
        LOG.info("Training clock starts at {}", instant.atZone(AppTime.ZONE).toOffsetDateTime());
    }

    /** Time goes on from that instant, so a trainer's demo keeps running between moves as a real day would. */
    private static void runFrom(Instant instant) {
        AppClock.runFrom(instant);
    }

    /** Back to real time. */
    public synchronized Instant reset() {
        AppClock.reset();
        LOG.info("Training clock back to real time");
        return now();
    }

    /** Runs due jobs until none is left (a step may make the next one due at once). */
    synchronized Moved runDueSteps() {
        int ran = 0;
        int failed = 0;
        Set<String> failedJobs = new HashSet<>();
        while (ran + failed < MAX_STEPS) {
            List<Job> due = management.createJobQuery().executable().orderByJobDuedate().asc().listPage(0, 100)
                    .stream().filter(job -> !failedJobs.contains(job.getId())).toList();
            if (due.isEmpty()) {
                break;
            }
            for (Job job : due) {
                try {
                    management.executeJob(job.getId());
                    ran++;
                } catch (RuntimeException e) {
                    // taken by the job executor meanwhile, or failing: the executor retries and raises an incident
                    failedJobs.add(job.getId());
                    failed++;
                }
            }
        }
        return new Moved(now(), ran, failed);
    }

    private DueStep step(Job job) {
        if (job.getProcessDefinitionId() == null) {
            return new DueStep(job.getDuedate().toInstant(), "", "");
        }
        var definition = repository.getProcessDefinition(job.getProcessDefinitionId());
        var jobDefinition = management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
                .singleResult();
        String activity = "";
        if (jobDefinition != null) {
            var element = repository.getBpmnModelInstance(definition.getId())
                    .getModelElementById(jobDefinition.getActivityId());
            activity = element == null ? jobDefinition.getActivityId()
                    : Optional.ofNullable(element.getAttributeValue("name")).orElse(jobDefinition.getActivityId());
        }
        return new DueStep(job.getDuedate().toInstant(),
                Optional.ofNullable(definition.getName()).orElse(definition.getKey()), activity.replace('\n', ' '));
    }
}
