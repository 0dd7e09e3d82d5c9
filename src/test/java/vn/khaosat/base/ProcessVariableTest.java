package vn.khaosat.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

class ProcessVariableTest {

    private static final ProcessVariable<Long> ID = ProcessVariable.id("cycleId");
    private static final ProcessVariable<Integer> YEAR = ProcessVariable.number("planYear");
    private static final ProcessVariable<Instant> DUE = ProcessVariable.instant("dueAt");
    private static final ProcessVariable<LocalDate> DATE = ProcessVariable.date("nextPublicationDate");
    private static final ProcessVariable<Boolean> APPROVED = ProcessVariable.flag("approved");

    @Test
    void values_are_stored_as_the_bpmn_expressions_read_them() {
        Instant due = Instant.parse("2026-03-20T10:00:00Z");
        Map<String, Object> values = ProcessVariable.values(ID.is(7L), YEAR.is(2026), DUE.is(due),
                DATE.is(LocalDate.of(2026, 3, 28)), APPROVED.is(false));

        assertThat(values).containsExactly(Map.entry("cycleId", 7L), Map.entry("planYear", 2026),
                Map.entry("dueAt", Date.from(due)), Map.entry("nextPublicationDate", "2026-03-28"),
                Map.entry("approved", false));
    }

    @Test
    void values_are_read_back_in_their_type_whatever_number_the_engine_returns() {
        VariableMap scope = Variables.createVariables().putValue("cycleId", 7) // an Integer, as an old instance has it
                .putValue("planYear", 2027L).putValue("dueAt", Date.from(Instant.parse("2026-03-20T10:00:00Z")))
                .putValue("nextPublicationDate", "2026-03-28");

        assertThat(ID.from(MapScope.of(scope))).isEqualTo(7L);
        assertThat(YEAR.from(MapScope.of(scope))).isEqualTo(2027);
        assertThat(DUE.from(MapScope.of(scope))).isEqualTo(Instant.parse("2026-03-20T10:00:00Z"));
        assertThat(DATE.from(MapScope.of(scope))).isEqualTo(LocalDate.of(2026, 3, 28));
        assertThat(APPROVED.optionalFrom(MapScope.of(scope))).isEmpty();
    }

    @Test
    void a_missing_required_variable_names_itself() {
        assertThatThrownBy(() -> APPROVED.from(MapScope.of(Variables.createVariables())))
                .isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage("process variable 'approved' is missing");
    }

    /** A scope holding the given variables, as an execution does. */
    private static final class MapScope {
        private MapScope() {
        }

        static VariableScope of(Map<String, Object> variables) {
            VariableScope scope = Mockito.mock(VariableScope.class);
            Mockito.when(scope.getVariable(Mockito.anyString())).thenAnswer(call -> variables.get(call.<String>getArgument(0)));
            return scope;
        }
    }
}
