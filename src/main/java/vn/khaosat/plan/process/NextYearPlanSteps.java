package vn.khaosat.plan.process;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

import vn.khaosat.base.AppTime;
import vn.khaosat.base.ProcessVariables;
import vn.khaosat.base.alerts.AlertService;
import vn.khaosat.base.process.DeadlineRule;
import vn.khaosat.org.CandidateGroups;
import vn.khaosat.plan.NextYearPlanProcess;

/**
 * The steps of process next-year-plan besides its task: the weekly reminder's cycle, the reminder
 * and the escalation to the leader (alerts), and the task's deadline (the escalation day, 07:00).
 */
@Component("nextYearPlanSteps")
public class NextYearPlanSteps {

    private final AlertService alerts;
    private final java.time.Clock clock;

    NextYearPlanSteps(AlertService alerts, java.time.Clock clock) {
        this.alerts = alerts;
        this.clock = clock;
    }

    /** Every seven days from a week after the task opened, at 07:00, while it is open (ISO 8601 repeating interval). */
    public String reminderCycle(DelegateExecution execution) {
        Instant first = clock.instant().atZone(AppTime.ZONE).toLocalDate().plusDays(7).atTime(7, 0)
                .atZone(AppTime.ZONE).toInstant();
        return "R/" + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(first.atZone(AppTime.ZONE)) + "/P7D";
    }

    public void remind(DelegateExecution execution) {
        alerts.send(CandidateGroups.staff(commune(execution)), "alert.plan.nextYearReminder", null, year(execution));
    }

    public void escalate(DelegateExecution execution) {
        alerts.send(CandidateGroups.leader(commune(execution)), "alert.plan.nextYearOverdue", null, year(execution));
    }

    private static String commune(DelegateExecution execution) {
        return (String) execution.getVariable(ProcessVariables.COMMUNE_CODE);
    }

    private static String year(DelegateExecution execution) {
        return String.valueOf(execution.getVariable(NextYearPlanProcess.VAR_PLAN_YEAR));
    }

    @Bean
    static DeadlineRule nextYearPlanDeadline() {
        return DeadlineRule.of(NextYearPlanProcess.KEY, NextYearPlanProcess.TASK_PLAN,
                (variables, entered) -> ((Date) variables.getVariable(NextYearPlanProcess.VAR_DUE_AT)).toInstant(),
                due -> due);
    }
}
