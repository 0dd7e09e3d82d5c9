package vn.khaosat.base.tasks;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.khaosat.base.AbstractEntity;
import vn.khaosat.base.ProcessVariable;

/**
 * The records one process's tasks work on (a plan, a cycle, a report, a feedback item), each found
 * through the process's id variable: the one way a task screen opens its record and completes its
 * task. Opening checks that the user may see the task, that it is the expected step and that the
 * record is in the user's unit; completing checks the form was made from the record as it stands
 * (its version), saves it and completes the task in the caller's transaction, with an audit entry,
 * so that either both happen or neither does.
 */
public final class TaskRecords<E extends AbstractEntity> {

    private final TaskInboxService inbox;
    private final String processKey;
    private final ProcessVariable<Long> recordId;
    private final Function<Long, E> loadInUnit;
    private final JpaRepository<E, Long> repository;

    /**
     * @param loadInUnit the record of that id after the feature's unit check (it throws when the
     *        record is not in the user's unit)
     */
    public TaskRecords(TaskInboxService inbox, String processKey, ProcessVariable<Long> recordId,
            JpaRepository<E, Long> repository, Function<Long, E> loadInUnit) {
        this.inbox = inbox;
        this.processKey = processKey;
        this.recordId = recordId;
        this.repository = repository;
        this.loadInUnit = loadInUnit;
    }

    /** The record of the task, at whichever step it is: what a task screen shows. */
    public E of(String taskId) {
        return loadInUnit.apply(inbox.variableOfTask(taskId, processKey, null, recordId));
    }

    /** The record of a task at that step, if the form was made from it as it stands. */
    public E at(String taskId, String step, long version) {
        E record = loadInUnit.apply(inbox.variableOfTask(taskId, processKey, step, recordId));
        record.requireVersion(version);
        return record;
    }

    /** Saves the record as the form left it and completes the task, both in the caller's transaction. */
    public void complete(String taskId, E record, ProcessVariable.Value... variables) {
        requireTransaction();
        repository.saveAndFlush(record);
        inbox.complete(taskId, variables);
    }

    /** The approver accepts the record at that step: {@code approve} marks it, the process goes on. */
    public E approve(String taskId, ApprovalStep step, long version, Consumer<E> approve) {
        E record = at(taskId, step.task(), version);
        approve.accept(record);
        complete(taskId, record, step.approved().is(true));
        return record;
    }

    /**
     * The approver sends the record back: the comment is checked before anything else, then
     * {@code sendBack} marks the record with it and the process returns to the earlier step.
     */
    public E sendBack(String taskId, ApprovalStep step, long version, String comment, BiConsumer<E, String> sendBack) {
        String text = step.requireComment(comment);
        E record = at(taskId, step.task(), version);
        sendBack.accept(record, text);
        complete(taskId, record, step.approved().is(false));
        return record;
    }

    /** Completes a task whose form wrote elsewhere (a signed version, an event), in the same transaction. */
    public void completeAfterOwnWrites(String taskId, ProcessVariable.Value... variables) {
        requireTransaction();
        inbox.complete(taskId, variables);
    }

    private static void requireTransaction() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalTransactionStateException(
                    "a task's form and its completion are saved in one transaction: call from a @Transactional method");
        }
    }
}
