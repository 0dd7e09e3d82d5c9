package vn.khaosat.base;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;

/**
 * One process variable: its name and its type, the only place where a variable is read from or
 * written to the engine. Each process class declares its variables as constants of this class, so a
 * renamed or retyped variable breaks at compile time rather than in a running process
 * (ArchitectureTest keeps every other class away from the engine's variable methods).
 * <p>
 * What is stored is what the BPMN expressions read: instants as {@link Date} (timer dates),
 * dates as ISO text, whole numbers as they come back from the engine ({@code Integer} or
 * {@code Long}, both read as {@code Number}).
 *
 * @param <T> the type the application sees
 */
public final class ProcessVariable<T> {

    private final String name;
    private final Function<T, Object> toStored;
    private final Function<Object, T> fromStored;

    private ProcessVariable(String name, Function<T, Object> toStored, Function<Object, T> fromStored) {
        this.name = Objects.requireNonNull(name);
        this.toStored = toStored;
        this.fromStored = fromStored;
    }

    public static ProcessVariable<Long> id(String name) {
        return new ProcessVariable<>(name, value -> value, stored -> ((Number) stored).longValue());
    }

    public static ProcessVariable<Integer> number(String name) {
        return new ProcessVariable<>(name, value -> value, stored -> ((Number) stored).intValue());
    }

    public static ProcessVariable<String> text(String name) {
        return new ProcessVariable<>(name, value -> value, String.class::cast);
    }

    public static ProcessVariable<Boolean> flag(String name) {
        return new ProcessVariable<>(name, value -> value, Boolean.class::cast);
    }

    /** Stored as a {@link Date}, which timer definitions ({@code timeDate="${dueAt}"}) take. */
    public static ProcessVariable<Instant> instant(String name) {
        return new ProcessVariable<>(name, Date::from, stored -> ((Date) stored).toInstant());
    }

    /** Stored as ISO text (yyyy-MM-dd). */
    public static ProcessVariable<LocalDate> date(String name) {
        return new ProcessVariable<>(name, LocalDate::toString, stored -> LocalDate.parse((String) stored));
    }

    public String name() {
        return name;
    }

    /** The instances whose variable has this value. */
    public ProcessInstanceQuery whereEquals(ProcessInstanceQuery query, T value) {
        return query.variableValueEquals(name, stored(value));
    }

    private Object stored(T value) {
        return value == null ? null : toStored.apply(value);
    }

    /** The value; an instance without it is a broken process, not a case to handle. */
    public T from(VariableScope scope) {
        return required(scope.getVariable(name));
    }

    public Optional<T> optionalFrom(VariableScope scope) {
        return Optional.ofNullable(scope.getVariable(name)).map(fromStored);
    }

    public Optional<T> localFrom(VariableScope scope) {
        return Optional.ofNullable(scope.getVariableLocal(name)).map(fromStored);
    }

    public Optional<T> fromExecution(RuntimeService runtime, String executionId) {
        return Optional.ofNullable(runtime.getVariable(executionId, name)).map(fromStored);
    }

    /**
     * The variable of each of these process instances that has it, read in one query whatever their
     * number: a page of the inbox names its communes so. The instance's own value wins over a
     * same-named local one.
     */
    public Map<String, T> ofInstances(RuntimeService runtime, Collection<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return Map.of();
        }
        Map<String, T> values = new HashMap<>();
        for (VariableInstance variable : runtime.createVariableInstanceQuery().variableName(name)
                .processInstanceIdIn(processInstanceIds.toArray(String[]::new)).disableBinaryFetching().list()) {
            if (variable.getValue() != null && (variable.getExecutionId().equals(variable.getProcessInstanceId())
                    || !values.containsKey(variable.getProcessInstanceId()))) {
                values.put(variable.getProcessInstanceId(), fromStored.apply(variable.getValue()));
            }
        }
        return values;
    }

    public void set(VariableScope scope, T value) {
        scope.setVariable(name, stored(value));
    }

    public void setLocal(VariableScope scope, T value) {
        scope.setVariableLocal(name, stored(value));
    }

    /** One entry of the variables a start or a completion passes: {@code Values.of(ID.is(7L), …)}. */
    public Value is(T value) {
        return new Value(name, stored(value));
    }

    private T required(Object stored) {
        if (stored == null) {
            throw new IllegalStateException("process variable '" + name + "' is missing");
        }
        return fromStored.apply(stored);
    }

    /** A variable with its stored value. */
    public record Value(String name, Object stored) {
    }

    /** The variables a process start, a message or a task completion passes to the engine. */
    public static Map<String, Object> values(Value... values) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (Value value : values) {
            map.put(value.name(), value.stored());
        }
        return map;
    }
}
