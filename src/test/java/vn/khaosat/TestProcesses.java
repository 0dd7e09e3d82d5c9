package vn.khaosat;

import java.time.ZonedDateTime;
import java.time.Instant;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.boot.test.context.TestComponent;

import vn.khaosat.base.ProcessVariable;
import vn.khaosat.base.ProcessVariables;

/** Deploys the test-only process whose user task goes to a commune's staff group, and starts it. */
@TestComponent
public class TestProcesses {

    public static final String KEY = "InboxTest";
    public static final ProcessVariable<Instant> DUE = ProcessVariable.instant("due");

    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;
    private final TaskService taskService;

    public TestProcesses(RepositoryService repositoryService, RuntimeService runtimeService, TaskService taskService) {
        this.repositoryService = repositoryService;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
    }

    /** Starts one instance for the commune; returns the id of its waiting task. */
    public String startInboxTask(String communeCode, ZonedDateTime due) {
        if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(KEY).count() == 0) {
            repositoryService.createDeployment().name("inbox-test")
                    .addClasspathResource("test-processes/inbox-test.bpmn").deploy();
        }
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(KEY,
                ProcessVariable.values(ProcessVariables.COMMUNE_CODE.is(communeCode), DUE.is(due == null ? null : due.toInstant())));
        return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
    }

    public void deleteAll() {
        runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).list()
                .forEach(pi -> runtimeService.deleteProcessInstance(pi.getId(), "test cleanup"));
    }
}
