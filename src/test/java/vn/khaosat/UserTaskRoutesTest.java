package vn.khaosat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import vn.khaosat.base.tasks.ui.TaskScreen;

/**
 * Every user task of every BPMN file opens a screen: its form key names a Vaadin route that exists,
 * is a task screen, and admits the role of the task's candidate group (W2). A task whose screen is
 * missing or closed to its own group would sit in the inbox with nothing to open.
 */
class UserTaskRoutesTest {

    /** The role a candidate group's members have: commune:X:staff → COMMUNE_STAFF, … */
    private static String roleOf(String candidateGroup) {
        if (candidateGroup.endsWith(":staff")) {
            return "COMMUNE_STAFF";
        }
        if (candidateGroup.endsWith(":leader")) {
            return "COMMUNE_LEADER";
        }
        if (candidateGroup.endsWith(":reviewer") || candidateGroup.equals("${reviewerGroup}")) {
            return "DISTRICT_REVIEWER";
        }
        throw new AssertionError("a candidate group no role is known for: " + candidateGroup);
    }

    @Test
    void every_user_task_names_an_existing_route_its_candidate_group_may_open() throws IOException {
        Map<String, Class<?>> routes = routes();
        List<String> checked = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
                for (UserTask task : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(UserTask.class)) {
                    String where = file.getFileName() + " " + task.getId();
                    String formKey = task.getCamundaFormKey();
                    assertThat(formKey).as(where + ": form key").isNotBlank();
                    Class<?> screen = routes.get(formKey);
                    assertThat(screen).as(where + ": a route named " + formKey).isNotNull();
                    assertThat(TaskScreen.class).as(where + ": " + screen.getSimpleName() + " is a task screen")
                            .isAssignableFrom(screen);
                    String group = task.getCamundaCandidateGroups();
                    assertThat(group).as(where + ": candidate group").isNotBlank();
                    String role = roleOf(group);
                    RolesAllowed allowed = screen.getAnnotation(RolesAllowed.class);
                    boolean opens = screen.isAnnotationPresent(PermitAll.class)
                            || allowed != null && Arrays.asList(allowed.value()).contains(role);
                    assertThat(opens).as(where + ": " + screen.getSimpleName() + " admits " + role).isTrue();
                    checked.add(where);
                }
            }
        }
        // every user task of the six processes
        assertThat(checked).hasSize(13).contains("next-year-plan.bpmn Task_PlanNextYear",
                "publication-cycle.bpmn Task_FinaliseData", "district-report.bpmn Task_ReviewReport");
    }

    @Test
    void a_missing_route_or_a_closed_screen_would_be_found() {
        Map<String, Class<?>> routes = routes();
        assertThat(routes).doesNotContainKey("plan-nowhere");
        RolesAllowed approve = routes.get("plan-approve").getAnnotation(RolesAllowed.class);
        assertThat(approve.value()).doesNotContain(roleOf("commune:TX:staff"));
    }

    private static Map<String, Class<?>> routes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Map<String, Class<?>> routes = new HashMap<>();
        scanner.findCandidateComponents("vn.khaosat").forEach(candidate -> {
            try {
                Class<?> type = Class.forName(candidate.getBeanClassName());
                routes.put(type.getAnnotation(Route.class).value(), type);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        });
        return routes;
    }
}
