package vn.khaosat.plan.process;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

import vn.khaosat.base.AppTime;
import vn.khaosat.base.process.DeadlineRule;
import vn.khaosat.plan.NextYearPlanProcess;

/**
 * The dates of process next-year-plan: its weekly reminder's cycle and its task's deadline (the
 * escalation day, 07:00).
 */
@Component("nextYearPlanSteps")
public class NextYearPlanSteps {

    private final java.time.Clock clock;

    NextYearPlanSteps(java.time.Clock clock) {
        this.clock = clock;
    }

    /** Every seven days from a week after the task opened, at 07:00, while it is open (ISO 8601 repeating interval). */
    public String reminderCycle(DelegateExecution execution) {
        Instant first = clock.instant().atZone(AppTime.ZONE).toLocalDate().plusDays(7).atTime(7, 0)
                .atZone(AppTime.ZONE).toInstant();
        return "R/" + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(first.atZone(AppTime.ZONE)) + "/P7D";
    }

    @Bean
    static DeadlineRule nextYearPlanDeadline() {
        return DeadlineRule.of(NextYearPlanProcess.KEY, NextYearPlanProcess.TASK_PLAN,
                (variables, entered) -> NextYearPlanProcess.DUE_AT.from(variables),
                due -> due);
    }
}
