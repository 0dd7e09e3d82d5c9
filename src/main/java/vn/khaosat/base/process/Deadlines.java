package vn.khaosat.base.process;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import vn.khaosat.base.ProcessVariable;

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
    static final ProcessVariable<Instant> DUE = ProcessVariable.instant("deadlineDue");
    static final ProcessVariable<Instant> REMIND = ProcessVariable.instant("deadlineRemindAt");

    /** Process variable: the length of the task's first entry, in milliseconds. */
    static ProcessVariable<Long> firstLength(String taskId) {
        return ProcessVariable.id("deadlineLength_" + taskId);
    }

    private final Map<String, DeadlineRule> rules;
    private final Clock clock;

    Deadlines(List<DeadlineRule> rules, Clock clock) {
        this.rules = rules.stream().collect(Collectors.toMap(r -> r.processKey() + "/" + r.taskId(), Function.identity()));
        this.clock = clock;
    }

    private record Instants(Instant due, Instant remindAt) {
    }

    public Date due(DelegateExecution execution, String taskId) {
        return Date.from(compute(execution, taskId).due());
    }

    public Date remindAt(DelegateExecution execution, String taskId) {
        return Date.from(compute(execution, taskId).remindAt());
    }

    private Instants compute(DelegateExecution execution, String taskId) {
        Optional<Instant> known = DUE.localFrom(execution);
        if (known.isPresent()) {
            return new Instants(known.get(), REMIND.localFrom(execution).orElseThrow());
        }
        DeadlineRule rule = rule(execution, taskId);
        Instant entered = clock.instant();
        Optional<Long> firstLength = firstLength(taskId).optionalFrom(execution);
        Instant due;
        if (firstLength.isEmpty()) {
            due = rule.firstDue(execution, entered);
            Duration length = Duration.between(entered, due);
            if (length.compareTo(rule.shortestLength()) < 0) {
                length = rule.shortestLength();
            }
            firstLength(taskId).set(execution.getProcessInstance(), length.toMillis());
        } else {
            due = entered.plusMillis(firstLength.get());
        }
        Instant remindAt = rule.remindAt(due);
        DUE.setLocal(execution, due);
        REMIND.setLocal(execution, remindAt);
        return new Instants(due, remindAt);
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
