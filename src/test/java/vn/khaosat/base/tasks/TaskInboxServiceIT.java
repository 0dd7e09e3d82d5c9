package vn.khaosat.base.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZonedDateTime;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.khaosat.Login;
import vn.khaosat.SpringTest;
import vn.khaosat.TestClock;
import vn.khaosat.TestProcesses;
import vn.khaosat.base.AppTime;

@SpringTest
class TaskInboxServiceIT {

    static final ZonedDateTime NOW = ZonedDateTime.of(2024, 3, 15, 7, 0, 0, 0, AppTime.ZONE);

    @Autowired
    TaskInboxService inbox;
    @Autowired
    TestProcesses processes;
    @Autowired
    UserDetailsService users;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;
    @Autowired
    org.camunda.bpm.engine.HistoryService history;

    @BeforeEach
    void setClock() {
        TestClock.set(NOW);
    }

    @AfterEach
    void cleanUp() {
        processes.deleteAll();
        ClockUtil.reset();
        Login.out();
    }

    @Test
    void a_group_task_waits_for_the_communes_staff_until_one_claims_it() {
        String taskId = processes.startInboxTask("TX", NOW.plusDays(5));

        Login.as(users, "canbo.tx");
        assertThat(inbox.tasks(InboxFilter.GROUP)).extracting(InboxTask::id).containsExactly(taskId);
        assertThat(inbox.tasks(InboxFilter.MINE)).isEmpty();
        InboxTask row = inbox.tasks(InboxFilter.ALL).get(0);
        assertThat(row.name()).isEqualTo("Kiểm tra số liệu");
        assertThat(row.processName()).isEqualTo("Quy trình thử hộp việc");
        assertThat(row.communeName()).isEqualTo("Xã Tây Xuân");
        assertThat(row.due()).isEqualTo(NOW.plusDays(5));
        assertThat(row.overdue()).isFalse();
        assertThat(row.assignee()).isNull();

        inbox.claim(taskId);
        assertThat(inbox.tasks(InboxFilter.MINE)).extracting(InboxTask::id).containsExactly(taskId);
        assertThat(inbox.tasks(InboxFilter.GROUP)).isEmpty();
        assertThat(inbox.tasks(InboxFilter.ALL)).extracting(InboxTask::assignee).containsExactly("canbo.tx");

        inbox.unclaim(taskId);
        assertThat(inbox.tasks(InboxFilter.GROUP)).extracting(InboxTask::id).containsExactly(taskId);
    }

    @Test
    void another_communes_staff_and_the_leader_neither_see_nor_claim_the_task() {
        String taskId = processes.startInboxTask("TX", NOW.plusDays(5));

        Login.as(users, "canbo.bd");
        assertThat(inbox.tasks(InboxFilter.ALL)).isEmpty();
        assertThatThrownBy(() -> inbox.claim(taskId)).isInstanceOf(TaskNotAvailableException.class);
        assertThatThrownBy(() -> inbox.open(taskId)).isInstanceOf(TaskNotAvailableException.class);

        Login.as(users, "chutich.tx");
        assertThat(inbox.tasks(InboxFilter.ALL)).isEmpty();
    }

    @Test
    void a_task_claimed_by_a_colleague_is_no_longer_offered_to_the_others() {
        String taskId = processes.startInboxTask("TX", NOW.plusDays(5));
        Login.as(users, "canbo.tx");
        inbox.claim(taskId);

        Login.as(users, "admin");
        assertThat(inbox.tasks(InboxFilter.ALL)).isEmpty();
        assertThatThrownBy(() -> inbox.unclaim(taskId)).isInstanceOf(TaskNotAvailableException.class);
        assertThatThrownBy(() -> inbox.open(taskId)).isInstanceOf(TaskNotAvailableException.class);
        Login.as(users, "canbo.tx");
        assertThat(inbox.open(taskId).assignee()).isEqualTo("canbo.tx");
    }

    @Test
    void a_task_refused_to_a_user_leaves_the_callers_transaction_able_to_commit() {
        String taskId = processes.startInboxTask("TX", NOW.plusDays(5));
        Login.as(users, "canbo.bd");

        Boolean commitable = transactions.execute(status -> {
            assertThatThrownBy(() -> inbox.open(taskId)).isInstanceOf(TaskNotAvailableException.class);
            return !status.isRollbackOnly();
        });

        assertThat(commitable).isTrue();
    }

    @Test
    void overdue_tasks_are_marked_and_filtered_by_the_engine_clock_and_sorted_by_due_date() {
        String later = processes.startInboxTask("TX", NOW.plusDays(10));
        String sooner = processes.startInboxTask("TX", NOW.plusDays(2));
        Login.as(users, "canbo.tx");
        assertThat(inbox.tasks(InboxFilter.ALL)).extracting(InboxTask::id).containsExactly(sooner, later);
        assertThat(inbox.tasks(InboxFilter.OVERDUE)).isEmpty();

        TestClock.set(NOW.plusDays(3));

        assertThat(inbox.tasks(InboxFilter.OVERDUE)).extracting(InboxTask::id).containsExactly(sooner);
        assertThat(inbox.tasks(InboxFilter.ALL)).extracting(InboxTask::overdue).containsExactly(true, false);
    }

    @Test
    void claiming_giving_back_and_completing_a_task_are_each_audited_with_who_the_step_and_the_variables() {
        String taskId = processes.startInboxTask("TX", NOW.plusDays(5));
        Login.as(users, "canbo.tx");
        inbox.claim(taskId);
        inbox.unclaim(taskId);
        transactions.executeWithoutResult(status -> inbox.complete(taskId, TestProcesses.DUE.is(NOW.toInstant())));

        var entries = jdbc.queryForList("SELECT done_by, unit_code, action, before_state, after_state FROM audit_log "
                + "WHERE entity = 'Task' AND entity_id = ? ORDER BY id", taskId);
        assertThat(entries).extracting(e -> e.get("action")).containsExactly("CLAIMED", "UNCLAIMED", "COMPLETED");
        assertThat(entries).extracting(e -> e.get("done_by")).containsOnly("canbo.tx");
        assertThat(entries).extracting(e -> e.get("unit_code")).containsOnly("TX");
        assertThat(entries.get(0).get("after_state")).isEqualTo("step: Task_Check · Kiểm tra số liệu\nassignee: canbo.tx");
        assertThat(entries.get(1).get("before_state")).isEqualTo("assignee: canbo.tx");
        assertThat((String) entries.get(2).get("after_state")).isEqualTo("step: Task_Check · Kiểm tra số liệu\ndue: 2024-03-15T00:00:00Z");
    }

    @Test
    void completing_an_unclaimed_task_gives_it_to_the_user_first_so_history_shows_who_did_it() {
        String taskId = processes.startInboxTask("TX", NOW.plusDays(5));
        Login.as(users, "canbo.bd");
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> inbox.complete(taskId)))
                .isInstanceOf(TaskNotAvailableException.class);
        Login.as(users, "canbo.tx");

        transactions.executeWithoutResult(status -> inbox.complete(taskId));

        var done = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
        assertThat(done.getAssignee()).isEqualTo("canbo.tx");
        assertThat(done.getEndTime()).isNotNull();
        assertThat(history.createHistoricIdentityLinkLogQuery().taskId(taskId).type("assignee").list())
                .extracting(link -> link.getUserId()).containsExactly("canbo.tx");
        assertThat(inbox.tasks(InboxFilter.ALL)).isEmpty();
        assertThat(jdbc.queryForList("SELECT action FROM audit_log WHERE entity = 'Task' AND entity_id = ?",
                String.class, taskId)).containsExactly("COMPLETED");
    }

    @Test
    void a_task_is_not_completed_outside_a_transaction_that_would_save_its_form_with_it() {
        String taskId = processes.startInboxTask("TX", NOW.plusDays(5));
        Login.as(users, "canbo.tx");
        TaskRecords<vn.khaosat.base.AbstractEntity> records = new TaskRecords<>(inbox, TestProcesses.KEY, null, null,
                id -> null);

        assertThatThrownBy(() -> records.completeAfterOwnWrites(taskId))
                .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
        assertThat(inbox.tasks(InboxFilter.ALL)).extracting(InboxTask::id).containsExactly(taskId);
    }

    @Test
    void the_inbox_pages_in_the_database_soonest_due_first_undated_last_with_a_few_queries_per_page() {
        List<String> byDue = new java.util.ArrayList<>();
        for (int i = 120; i >= 1; i--) {
            byDue.add(0, processes.startInboxTask("TX", NOW.plusHours(i)));
        }
        TestClock.set(NOW.plusMinutes(1));
        String undated1 = processes.startInboxTask("TX", null);
        TestClock.set(NOW.plusMinutes(2));
        String undated2 = processes.startInboxTask("TX", null);
        Login.as(users, "canbo.tx");

        assertThat(inbox.count(InboxFilter.ALL)).isEqualTo(122);
        List<InboxTask> first = inbox.page(InboxFilter.ALL, InboxSort.DUE, true, 0, 50);
        assertThat(first).extracting(InboxTask::id).containsExactlyElementsOf(byDue.subList(0, 50));
        assertThat(first).extracting(InboxTask::communeName).containsOnly("Xã Tây Xuân");
        assertThat(inbox.page(InboxFilter.ALL, InboxSort.DUE, true, 100, 50)).extracting(InboxTask::id)
                .containsExactlyElementsOf(concat(byDue.subList(100, 120), List.of(undated1, undated2)));
        assertThat(inbox.page(InboxFilter.ALL, InboxSort.DUE, true, 120, 50)).extracting(InboxTask::id)
                .containsExactly(undated1, undated2);
        // latest due first, the undated still last
        assertThat(inbox.page(InboxFilter.ALL, InboxSort.DUE, false, 0, 2)).extracting(InboxTask::id)
                .containsExactly(byDue.get(119), byDue.get(118));
        assertThat(inbox.page(InboxFilter.ALL, InboxSort.DUE, false, 119, 50)).extracting(InboxTask::id)
                .containsExactly(byDue.get(0), undated1, undated2);
        assertThat(inbox.page(InboxFilter.ALL, InboxSort.CREATED, false, 0, 2)).extracting(InboxTask::id)
                .containsExactly(undated2, undated1);

        // the number of statements does not grow with the page: no query per task
        long selects = selects(() -> inbox.page(InboxFilter.ALL, InboxSort.DUE, true, 50, 50));
        assertThat(selects).isBetween(1L, 10L);
        assertThat(selects(() -> inbox.page(InboxFilter.ALL, InboxSort.DUE, true, 0, 5))).isEqualTo(selects);
    }

    private long selects(Runnable action) {
        long before = comSelect();
        action.run();
        return comSelect() - before;
    }

    private long comSelect() {
        return jdbc.queryForObject("SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS "
                + "WHERE VARIABLE_NAME = 'COM_SELECT'", Long.class) - 1; // less the reading itself
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    @Test
    void the_screen_of_a_task_is_its_form_key_followed_by_its_id() {
        String taskId = processes.startInboxTask("BD", NOW.plusDays(1));
        Login.as(users, "canbo.bd");

        assertThat(inbox.screenRoute(taskId)).contains("test-task/" + taskId);
    }
}
