package vn.khaosat.base.tasks;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;

import vn.khaosat.base.CurrentUser;
import vn.khaosat.base.ProcessVariable;
import vn.khaosat.base.ProcessVariables;
import vn.khaosat.base.UnitNames;
import vn.khaosat.base.audit.AuditService;

/**
 * The user's tasks: assigned to them, or waiting in one of their candidate groups. Every operation
 * on a task first checks that the task is the user's to see, so a task id typed into the URL does
 * not open another commune's work.
 */
@Service
public class TaskInboxService {

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final CurrentUser currentUser;
    private final UnitNames unitNames;
    private final Clock clock;
    private final AuditService audit;

    TaskInboxService(TaskService taskService, RuntimeService runtimeService, RepositoryService repositoryService,
            CurrentUser currentUser, UnitNames unitNames, Clock clock, AuditService audit) {
        this.audit = audit;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.currentUser = currentUser;
        this.unitNames = unitNames;
        this.clock = clock;
    }

    public List<InboxTask> tasks(InboxFilter filter) {
        String user = currentUser.requireUsername();
        List<String> groups = currentUser.candidateGroups();
        TaskQuery query = taskService.createTaskQuery().active().initializeFormKeys();
        switch (filter) {
            case MINE -> query.taskAssignee(user);
            case GROUP -> {
                if (groups.isEmpty()) {
                    return List.of();
                }
                query.taskCandidateGroupIn(groups);
            }
            case ALL, OVERDUE -> mineOrMyGroups(query, user, groups);
        }
        if (filter == InboxFilter.OVERDUE) {
            query.dueBefore(Date.from(clock.instant()));
        }
        Map<String, String> processNames = new HashMap<>();
        return query.list().stream()
                .map(task -> toRow(task, processNames))
                .sorted(Comparator.comparing(InboxTask::due, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(InboxTask::created))
                .toList();
    }

    public void claim(String taskId) {
        Task task = requireVisible(taskId);
        if (task.getAssignee() != null) {
            throw new TaskNotAvailableException("task " + taskId + " is already assigned");
        }
        try {
            taskService.claim(taskId, currentUser.requireUsername());
        } catch (TaskAlreadyClaimedException e) {
            throw new TaskNotAvailableException(e.getMessage());
        }
        audited(task, "CLAIMED", null, "assignee: " + currentUser.requireUsername());
    }

    /** Gives a claimed task back to its groups. */
    public void unclaim(String taskId) {
        Task task = requireVisible(taskId);
        if (!currentUser.requireUsername().equals(task.getAssignee())) {
            throw new TaskNotAvailableException("task " + taskId + " is not assigned to the current user");
        }
        taskService.setAssignee(taskId, null);
        audited(task, "UNCLAIMED", "assignee: " + task.getAssignee(), "assignee: ");
    }

    /** The task as a task screen shows it, if the current user may see it. */
    public InboxTask open(String taskId) {
        requireVisible(taskId);
        Task task = taskService.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
        return toRow(task, new HashMap<>());
    }

    /**
     * A variable of a task the user may see, after checking that the task is step
     * {@code taskDefinitionKey} (any step when null) of process {@code processKey}: how a task screen
     * finds the record it works on.
     */
    public <T> T variableOfTask(String taskId, String processKey, String taskDefinitionKey, ProcessVariable<T> variable) {
        Task task = requireVisible(taskId);
        String definitionKey = task.getProcessDefinitionId() == null ? null : task.getProcessDefinitionId().split(":")[0];
        if (!processKey.equals(definitionKey)
                || (taskDefinitionKey != null && !taskDefinitionKey.equals(task.getTaskDefinitionKey()))) {
            throw new TaskNotAvailableException("task " + taskId + " is not " + processKey + "/" + taskDefinitionKey);
        }
        return variable.fromTask(taskService, taskId);
    }

    /**
     * Completes a task the user may see, with an audit entry in the same transaction; an unclaimed one
     * is first given to the user, so history shows who did it. Features complete through
     * {@link TaskRecords}, which saves the task's form with it.
     */
    void complete(String taskId, ProcessVariable.Value... variables) {
        Task task = requireVisible(taskId);
        if (task.getAssignee() == null) {
            taskService.setAssignee(taskId, currentUser.requireUsername());
        }
        audited(task, "COMPLETED", null, variables.length == 0 ? null
                : Stream.of(variables).map(v -> v.name() + ": " + (v.stored() instanceof Date d ? d.toInstant() : v.stored())).collect(Collectors.joining("\n")));
        taskService.complete(taskId, ProcessVariable.values(variables));
    }

    /** The audit entry of a change to a task: its unit is the commune the process works for. */
    private void audited(Task task, String action, String before, String after) {
        String communeCode = task.getExecutionId() == null ? null
                : ProcessVariables.COMMUNE_CODE.fromExecution(runtimeService, task.getExecutionId()).orElse(null);
        audit.record(communeCode, "Task", task.getId(), action, before,
                "step: " + task.getTaskDefinitionKey() + " · " + task.getName() + (after == null ? "" : "\n" + after));
    }

    /** The route of the screen that works on the task: its form key followed by its id. */
    public Optional<String> screenRoute(String taskId) {
        requireVisible(taskId);
        Task task = taskService.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
        String formKey = task.getFormKey();
        return formKey == null || formKey.isBlank() ? Optional.empty() : Optional.of(formKey + "/" + taskId);
    }

    private Task requireVisible(String taskId) {
        String user = currentUser.requireUsername();
        TaskQuery query = taskService.createTaskQuery().taskId(taskId);
        mineOrMyGroups(query, user, currentUser.candidateGroups());
        Task task = query.singleResult();
        if (task == null) {
            throw new TaskNotAvailableException("task " + taskId + " is not visible to " + user);
        }
        return task;
    }

    private static void mineOrMyGroups(TaskQuery query, String user, List<String> groups) {
        if (groups.isEmpty()) {
            query.taskAssignee(user);
        } else {
            // within or(), a candidate-group condition matches only unassigned tasks
            query.or().taskAssignee(user).taskCandidateGroupIn(groups).endOr();
        }
    }

    private InboxTask toRow(Task task, Map<String, String> processNames) {
        String processName = processNames.computeIfAbsent(task.getProcessDefinitionId(), id -> {
            var definition = repositoryService.getProcessDefinition(id);
            return definition.getName() != null ? definition.getName() : definition.getKey();
        });
        String communeCode = task.getExecutionId() == null ? null
                : ProcessVariables.COMMUNE_CODE.fromExecution(runtimeService, task.getExecutionId()).orElse(null);
        ZonedDateTime due = zoned(task.getDueDate());
        return new InboxTask(task.getId(), task.getName(), processName,
                communeCode == null ? "" : unitNames.nameOf(communeCode),
                zoned(task.getCreateTime()), due, task.getAssignee(), task.getFormKey(),
                due != null && due.toInstant().isBefore(clock.instant()));
    }

    private ZonedDateTime zoned(Date date) {
        return date == null ? null : date.toInstant().atZone(clock.getZone());
    }
}
