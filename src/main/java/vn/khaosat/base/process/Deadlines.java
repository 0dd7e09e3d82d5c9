package vn.khaosat.base.process;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The due and reminder instants of user tasks, read by the BPMN files as
 * {@code ${deadlines.due(execution, 'Task_X')}} (the task's due date and its escalation timer) and
 * {@code ${deadlines.remindAt(execution, 'Task_X')}} (its reminder timer).
 * <p>
 * A boundary timer with a fixed date fires at once when its task is entered again after that date:
 * a second escalation. So each entry computes its own instants, once, and keeps them on the task's
 * scope (local variables, gone with the task instance): the first entry from the calendar
 * ({@link DeadlineRule#firstDue}), a re-entry (a return) from the moment it happens, with the same
 * length as the first entry had. A reminder and an escalation then fire at most once per task
 * instance and due instant.
 */
@Component("deadlines")
public class Deadlines {

    /** Local variables of the task's scope execution. */
    static final String DUE = "deadlineDue";
    static final String REMIND = "deadlineRemindAt";
    /** Process variable prefix: the length of the task's first entry, in milliseconds. */
    static final String LENGTH = "deadlineLength_";

    private final Map<String, DeadlineRule> rules;
    private final Clock clock;

    Deadlines(List<DeadlineRule> rules, Clock clock) {
        this.rules = rules.stream().collect(Collectors.toMap(r -> r.processKey() + "/" + r.taskId(), Function.identity()));
        this.clock = clock;
    }

    private record Instants(Date due, Date remindAt) {
    }

    public Date due(DelegateExecution execution, String taskId) {
        return compute(execution, taskId).due();
    }

    public Date remindAt(DelegateExecution execution, String taskId) {
        return compute(execution, taskId).remindAt();
    }

    private Instants compute(DelegateExecution execution, String taskId) {
        Object known = execution.getVariableLocal(DUE);
        if (known != null) {
            return new Instants((Date) known, (Date) execution.getVariableLocal(REMIND));
        }
        DeadlineRule rule = rule(execution, taskId);
        Instant entered = clock.instant();
        Object firstLength = execution.getVariable(LENGTH + taskId);
        Instant due;
        if (firstLength == null) {
            due = rule.firstDue(execution, entered);
            Duration length = Duration.between(entered, due);
            if (length.compareTo(rule.shortestLength()) < 0) {
                length = rule.shortestLength();
            }
            execution.getProcessInstance().setVariable(LENGTH + taskId, length.toMillis());
        } else {
            due = entered.plusMillis(((Number) firstLength).longValue());
        }
        Date dueDate = Date.from(due);
        Date remindDate = Date.from(rule.remindAt(due));
        execution.setVariableLocal(DUE, dueDate);
        execution.setVariableLocal(REMIND, remindDate);
        return new Instants(dueDate, remindDate);
    }

    private DeadlineRule rule(DelegateExecution execution, String taskId) {
        String processKey = execution.getProcessDefinitionId().split(":")[0];
        DeadlineRule rule = rules.get(processKey + "/" + taskId);
        if (rule == null) {
            throw new IllegalStateException("no deadline rule for " + processKey + "/" + taskId);
        }
        return rule;
    }
}
