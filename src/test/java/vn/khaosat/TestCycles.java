package vn.khaosat;

import java.time.ZonedDateTime;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.khaosat.cycle.CycleService;
import vn.khaosat.cycle.Narrative;
import vn.khaosat.cycle.PublicationCycleProcess;

/** Drives a commune's open period cycle through the real process to its publication at 08:00 on the 28th. */
@TestComponent
public class TestCycles {

    private final CycleService cycles;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final UserDetailsService users;

    public TestCycles(CycleService cycles, RuntimeService runtime, TaskService tasks, ManagementService management,
            UserDetailsService users) {
        this.cycles = cycles;
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.users = users;
    }

    /** Opens the campaign's due period work (runs its timer, which is past due when the plan came late). */
    public void openDueWork(String communeCode, int year) {
        String campaign = runtime.createProcessInstanceQuery().processInstanceBusinessKey("campaign-" + year + "-"
                + communeCode).singleResult().getId();
        TestJobs.runDue(management, campaign);
    }

    /**
     * Finalises, reviews (with that narrative) and approves the cycle {@code cycle-<yyyy-MM>-<commune>},
     * then moves the engine clock to its publication instant and publishes.
     */
    public void publish(String communeCode, String yearMonth, Narrative narrative, ZonedDateTime publishAt) {
        String cycle = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey("cycle-" + yearMonth + "-" + communeCode).singleResult().getId();
        String suffix = communeCode.toLowerCase();
        Login.as(users, "canbo." + suffix);
        String finalise = task(cycle, PublicationCycleProcess.TASK_FINALISE);
        cycles.finalise(finalise, cycles.cycleOfTask(finalise).version());
        management.executeJob(management.createJobQuery().processInstanceId(cycle).messages().singleResult().getId());
        String review = task(cycle, PublicationCycleProcess.TASK_REVIEW);
        cycles.submitReview(review, cycles.cycleOfTask(review).version(), narrative);
        Login.as(users, "chutich." + suffix);
        String approve = task(cycle, PublicationCycleProcess.TASK_APPROVE);
        cycles.approve(approve, cycles.cycleOfTask(approve).version());
        Login.out();
        TestClock.set(publishAt);
        management.executeJob(management.createJobQuery().processInstanceId(cycle).timers()
                .activityId(PublicationCycleProcess.TIMER_PUBLICATION).singleResult().getId());
        // the report, when the date publishes a reported period, starts in a step of its own
        management.createJobQuery().processInstanceId(cycle).activityId(PublicationCycleProcess.TASK_START_REPORT)
                .list().forEach(job -> management.executeJob(job.getId()));
    }

    private String task(String processInstanceId, String taskDefinitionKey) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskDefinitionKey)
                .singleResult().getId();
    }
}
