package vn.khaosat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.JobQuery;

/** Runs the engine's jobs as the job executor would, in tests that keep it off and move the clock. */
public final class TestJobs {

    private TestJobs() {
    }

    /**
     * Runs the due jobs of the process instance (of every process instance when null), and those
     * they make due (an asynchronous step after a timer), until none is due; a failing job fails the
     * test. Jobs of no process instance (the history cleanup) are left to the engine.
     */
    public static void runDue(ManagementService management, String processInstanceId) {
        for (int round = 0; round < 200; round++) {
            JobQuery query = management.createJobQuery().executable();
            List<Job> due = (processInstanceId == null ? query : query.processInstanceId(processInstanceId)).list()
                    .stream().filter(job -> job.getProcessInstanceId() != null).toList();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
        throw new IllegalStateException("jobs keep falling due in " + processInstanceId);
    }

    /**
     * Checks that the instance's timer is due at that instant and nothing of the instance is due a
     * minute before, moves the engine clock to it, runs it, and checks nothing else fell due.
     */
    public static void fireAt(ManagementService management, String processInstanceId, String timerId, Date due) {
        Job job = management.createJobQuery().processInstanceId(processInstanceId).timers().activityId(timerId)
                .singleResult();
        assertThat(job.getDuedate()).as(timerId).isEqualTo(due);
        ClockUtil.setCurrentTime(new Date(due.getTime() - 60_000));
        assertThat(management.createJobQuery().processInstanceId(processInstanceId).executable().count()).isZero();
        ClockUtil.setCurrentTime(due);
        management.executeJob(job.getId());
        assertThat(management.createJobQuery().processInstanceId(processInstanceId).executable().count()).isZero();
    }
}
