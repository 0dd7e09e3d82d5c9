package vn.khaosat;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;

import org.junit.jupiter.api.Test;

import vn.khaosat.base.ProcessVariable;

/**
 * Process variables are read and written through {@link ProcessVariable} constants only, in the
 * application and in its tests: a variable's name and type stand in its process class, nowhere else.
 */
class ProcessVariableRule {

    /** The engine's methods that take a variable's name. */
    private static final Set<String> BY_NAME = Set.of("getVariable", "getVariableLocal", "getVariableTyped",
            "getVariableLocalTyped", "getVariables", "getVariablesLocal", "getVariablesTyped", "getVariablesLocalTyped",
            "setVariable", "setVariableLocal", "removeVariable", "removeVariableLocal", "removeVariables",
            "removeVariablesLocal", "variableValueEquals", "processVariableValueEquals", "taskVariableValueEquals");

    static final ArchRule ENGINE_VARIABLES_ONLY_THROUGH_PROCESS_VARIABLE = noClasses()
            .that().doNotBelongToAnyOf(ProcessVariable.class)
            .should().callMethodWhere(DescribedPredicate.describe("an engine method naming a variable",
                    (JavaCall<?> call) -> call.getTargetOwner().getPackageName().startsWith("org.camunda.")
                            && BY_NAME.contains(call.getName())))
            .because("a variable's name and type are declared once, as a ProcessVariable of its process class");

    @Test
    void tests_too_read_variables_through_their_process_class() {
        ENGINE_VARIABLES_ONLY_THROUGH_PROCESS_VARIABLE.check(new ClassFileImporter()
                .withImportOption(location -> location.contains("/test-classes/"))
                .importPackages("vn.khaosat"));
    }

}
