package vn.khaosat.base.tasks;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
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

    /** Every real due date is after it: "has a due date" in a task query. */
    private static final Date EPOCH = new Date(0);

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final CurrentUser currentUser;
    private final UnitNames unitNames;
    private final Clock clock;
    private final AuditService audit;
    private final CommandExecutor commands;

    TaskInboxService(TaskService taskService, RuntimeService runtimeService, RepositoryService repositoryService,
            CurrentUser currentUser, UnitNames unitNames, Clock clock, AuditService audit,
            ProcessEngineConfigurationImpl engineConfiguration) {
        this.audit = audit;
        this.commands = engineConfiguration.getCommandExecutorTxRequired();
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.currentUser = currentUser;
        this.unitNames = unitNames;
        this.clock = clock;
    }

    /** Every task of the filter, soonest due first: for the deadline checks and tests, not for screens. */
    public List<InboxTask> tasks(InboxFilter filter) {
        return page(filter, InboxSort.DUE, true, 0, Integer.MAX_VALUE);
    }

    /** How many tasks the filter holds. */
    public long count(InboxFilter filter) {
        return query(filter).map(TaskQuery::count).orElse(0L);
    }

    /**
     * One page of the filter's tasks in that order, read with a fixed number of queries whatever the
     * number of tasks: the page's tasks (two queries when it straddles the tasks with and without a
     * due date) and one for the communes of the page.
     */
    public List<InboxTask> page(InboxFilter filter, InboxSort sort, boolean ascending, int offset, int limit) {
        List<Task> tasks = new ArrayList<>();
        if (sort == InboxSort.DUE) {
            // the database puts tasks without a due date first when ascending: they go last here
            long dated = query(filter).map(q -> q.dueAfter(EPOCH).count()).orElse(0L);
            if (offset < dated) {
                tasks.addAll(query(filter).map(q -> direction(q.dueAfter(EPOCH).orderByDueDate(), ascending)
                        .orderByTaskCreateTime().asc().orderByTaskId().asc().listPage(offset, limit))
                        .orElse(List.of()));
            }
            int left = limit - tasks.size();
            if (left > 0 && filter != InboxFilter.OVERDUE) {
                int undatedOffset = (int) Math.max(0, offset - dated);
                tasks.addAll(query(filter).map(q -> q.withoutDueDate().orderByTaskCreateTime().asc()
                        .orderByTaskId().asc().listPage(undatedOffset, left)).orElse(List.of()));
            }
        } else {
            tasks.addAll(query(filter).map(q -> direction(sort == InboxSort.NAME ? q.orderByTaskName()
                    : q.orderByTaskCreateTime(), ascending).orderByTaskCreateTime().asc().orderByTaskId().asc()
                    .listPage(offset, limit)).orElse(List.of()));
        }
        Map<String, String> communes = ProcessVariables.COMMUNE_CODE.ofInstances(runtimeService,
                tasks.stream().map(Task::getProcessInstanceId).filter(Objects::nonNull).distinct().toList());
        Map<String, String> communeNames = unitNames.namesOf(communes.values().stream().distinct().toList());
        Map<String, String> processNames = new HashMap<>();
        return tasks.stream().map(task -> toRow(task, communeNames.get(communes.get(task.getProcessInstanceId())),
                processNames)).toList();
    }

    private static TaskQuery direction(TaskQuery query, boolean ascending) {
        return ascending ? query.asc() : query.desc();
    }

    /** The filter's query, or none when it can hold no task (a group filter for a user without groups). */
    private Optional<TaskQuery> query(InboxFilter filter) {
        String user = currentUser.requireUsername();
        List<String> groups = currentUser.candidateGroups();
        TaskQuery query = taskService.createTaskQuery().active().initializeFormKeys();
        switch (filter) {
            case MINE -> query.taskAssignee(user);
            case GROUP -> {
                if (groups.isEmpty()) {
                    return Optional.empty();
                }
                query.taskCandidateGroupIn(groups);
            }
            case ALL, OVERDUE -> mineOrMyGroups(query, user, groups);
        }
        if (filter == InboxFilter.OVERDUE) {
            query.dueBefore(Date.from(clock.instant()));
        }
        return Optional.of(query);
    }

    public void claim(String taskId) {
        VisibleTask<Void> task = requireVisible(taskId);
        if (task.task().getAssignee() != null) {
            throw new TaskNotAvailableException("task " + taskId + " is already assigned");
        }
        try {
            taskService.claim(taskId, currentUser.requireUsername());
        } catch (TaskAlreadyClaimedException e) {
            throw new TaskNotAvailableException(e.getMessage());
        }
        audited(task.task(), task.communeCode(), "CLAIMED", null, "assignee: " + currentUser.requireUsername());
    }

    /** Gives a claimed task back to its groups. */
    public void unclaim(String taskId) {
        VisibleTask<Void> task = requireVisible(taskId);
        if (!currentUser.requireUsername().equals(task.task().getAssignee())) {
            throw new TaskNotAvailableException("task " + taskId + " is not assigned to the current user");
        }
        taskService.setAssignee(taskId, null);
        audited(task.task(), task.communeCode(), "UNCLAIMED", "assignee: " + task.task().getAssignee(), "assignee: ");
    }

    /** The task as a task screen shows it, if the current user may see it. */
    public InboxTask open(String taskId) {
        VisibleTask<String> task = requireVisible(taskId, TaskInboxService::formKey);
        String communeCode = task.communeCode();
        return toRow(task.task(), communeCode == null ? null : unitNames.nameOf(communeCode), new HashMap<>());
    }

    /**
     * A variable of a task the user may see, after checking that the task is step
     * {@code taskDefinitionKey} (any step when null) of process {@code processKey}: how a task screen
     * finds the record it works on.
     */
    public <T> T variableOfTask(String taskId, String processKey, String taskDefinitionKey, ProcessVariable<T> variable) {
        Predicate<Task> isStep = task -> {
            String definitionKey = task.getProcessDefinitionId() == null ? null : task.getProcessDefinitionId().split(":")[0];
            return processKey.equals(definitionKey)
                    && (taskDefinitionKey == null || taskDefinitionKey.equals(task.getTaskDefinitionKey()));
        };
        VisibleTask<T> task = requireVisible(taskId, found -> isStep.test(found) ? variable.from(found) : null);
        if (!isStep.test(task.task())) {
            throw new TaskNotAvailableException("task " + taskId + " is not " + processKey + "/" + taskDefinitionKey);
        }
        return task.alsoRead();
    }

    /**
     * Completes a task the user may see, with an audit entry in the same transaction; an unclaimed one
     * is first given to the user, so history shows who did it. Features complete through
     * {@link TaskRecords}, which saves the task's form with it.
     */
    void complete(String taskId, ProcessVariable.Value... variables) {
        String user = currentUser.requireUsername();
        String completion = variables.length == 0 ? null
                : Stream.of(variables).map(v -> v.name() + ": " + (v.stored() instanceof Date d ? d.toInstant() : v.stored())).collect(Collectors.joining("\n"));
        // the check, the assignment and the completion in one engine command: the engine reads the task,
        // its links, its execution and their variables once instead of three times (B4)
        requireVisible(taskId, (found, communeCode) -> {
            if (found.getAssignee() == null) {
                taskService.setAssignee(taskId, user);
            }
            audited(found, communeCode, "COMPLETED", null, completion);
            taskService.complete(taskId, ProcessVariable.values(variables));
            return null;
        });
    }

    /** The audit entry of a change to a task: its unit is the commune the process works for. */
    private void audited(Task task, String communeCode, String action, String before, String after) {
        audit.record(communeCode, "Task", task.getId(), action, before,
                "step: " + task.getTaskDefinitionKey() + " · " + task.getName() + (after == null ? "" : "\n" + after));
    }

    /** The route of the screen that works on the task: its form key followed by its id. */
    public Optional<String> screenRoute(String taskId) {
        String formKey = requireVisible(taskId, TaskInboxService::formKey).alsoRead();
        return formKey == null || formKey.isBlank() ? Optional.empty() : Optional.of(formKey + "/" + taskId);
    }

    private static String formKey(TaskEntity task) {
        task.initializeFormKey();
        return task.getFormKey();
    }

    /**
     * A task the user may see, the commune its process works for, and what else the caller reads of
     * it while the engine has it at hand.
     */
    private record VisibleTask<T>(Task task, String communeCode, T alsoRead) {
    }

    private VisibleTask<Void> requireVisible(String taskId) {
        return requireVisible(taskId, task -> null);
    }

    /**
     * The task, if it is the user's: assigned to them, or unassigned and a candidate of one of their
     * groups (what {@link #mineOrMyGroups} selects for the inbox). Read by id with its identity links and variables in one
     * engine command: a task query with or() costs the engine's whole dynamic SQL mapping twice, and
     * every step of a task screen checks this. A refusal throws nothing inside the command, which would
     * mark the caller's transaction for rollback.
     */
    private <T> VisibleTask<T> requireVisible(String taskId, Function<TaskEntity, T> alsoRead) {
        return requireVisible(taskId, (found, communeCode) -> alsoRead.apply(found));
    }

    /**
     * As {@link #requireVisible(String, Function)}, {@code alsoDo} given the task and its commune in the
     * same command; engine services it calls join that command and its entity cache. What it throws
     * leaves the command, as an engine service's own command would.
     */
    private <T> VisibleTask<T> requireVisible(String taskId, BiFunction<TaskEntity, String, T> alsoDo) {
        String user = currentUser.requireUsername();
        List<String> groups = currentUser.candidateGroups();
        VisibleTask<T> task = commands.execute(context -> {
            TaskEntity found = context.getTaskManager().findTaskById(taskId);
            if (found == null || !isVisible(found, user, groups)) {
                return null;
            }
            String communeCode = ProcessVariables.COMMUNE_CODE.optionalFrom(found).orElse(null);
            return new VisibleTask<>(found, communeCode, alsoDo.apply(found, communeCode));
        });
        if (task == null) {
            throw new TaskNotAvailableException("task " + taskId + " is not visible to " + user);
        }
        return task;
    }

    private static boolean isVisible(TaskEntity task, String user, List<String> groups) {
        if (task.getAssignee() != null) {
            return task.getAssignee().equals(user);
        }
        return task.getIdentityLinks().stream().anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType())
                && link.getGroupId() != null && groups.contains(link.getGroupId()));
    }

    private static void mineOrMyGroups(TaskQuery query, String user, List<String> groups) {
        if (groups.isEmpty()) {
            query.taskAssignee(user);
        } else {
            // within or(), a candidate-group condition matches only unassigned tasks
            query.or().taskAssignee(user).taskCandidateGroupIn(groups).endOr();
        }
    }

    private InboxTask toRow(Task task, String communeName, Map<String, String> processNames) {
        String processName = processNames.computeIfAbsent(task.getProcessDefinitionId(), id -> {
            var definition = repositoryService.getProcessDefinition(id);
            return definition.getName() != null ? definition.getName() : definition.getKey();
        });
        ZonedDateTime due = zoned(task.getDueDate());
        return new InboxTask(task.getId(), task.getName(), processName,
                communeName == null ? "" : communeName,
                zoned(task.getCreateTime()), due, task.getAssignee(), task.getFormKey(),
                due != null && due.toInstant().isBefore(clock.instant()));
    }

    private ZonedDateTime zoned(Date date) {
        return date == null ? null : date.toInstant().atZone(clock.getZone());
    }
}
