package vn.khaosat.base.process;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * When a user task is due and reminded, as its feature rules it. The first entry takes its due
 * instant from the calendar ({@link #firstDue}); a task entered again after a return gets the same
 * length counted from the new entry ({@link Deadlines}).
 */
public interface DeadlineRule {

    /** The process definition key and the user task's id the rule is for. */
    String processKey();

    String taskId();

    /** The due instant of the first entry, from the process variables (entered at {@code entered}). */
    Instant firstDue(VariableScope variables, Instant entered);

    /** When the assignees are reminded of a task due at {@code due}; the due instant itself when the task has no reminder. */
    Instant remindAt(Instant due);

    /** A rule from two functions. */
    static DeadlineRule of(String processKey, String taskId, BiFunction<VariableScope, Instant, Instant> firstDue,
            UnaryOperator<Instant> remindAt) {
        return new DeadlineRule() {
            @Override
            public String processKey() {
                return processKey;
            }

            @Override
            public String taskId() {
                return taskId;
            }

            @Override
            public Instant firstDue(VariableScope variables, Instant entered) {
                return firstDue.apply(variables, entered);
            }

            @Override
            public Instant remindAt(Instant due) {
                return remindAt.apply(due);
            }
        };
    }

    /** The shortest length a re-entered task gets, when the first entry came late (its due had passed). */
    default Duration shortestLength() {
        return Duration.ofDays(1);
    }
}
