package vn.khaosat.base.tasks.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.CellFocusEvent;
import com.vaadin.flow.dom.DomEvent;

import elemental.json.Json;
import elemental.json.JsonObject;

import vn.khaosat.KaribuTest;
import vn.khaosat.LitCells;
import vn.khaosat.TestClock;
import vn.khaosat.TestProcesses;
import vn.khaosat.base.AppTime;
import vn.khaosat.base.tasks.InboxFilter;
import vn.khaosat.base.tasks.InboxTask;

class MyTasksViewTest extends KaribuTest {

    static final ZonedDateTime NOW = ZonedDateTime.of(2024, 3, 15, 7, 0, 0, 0, AppTime.ZONE);

    @Autowired
    TestProcesses processes;
    @Autowired
    TaskService taskService;

    @AfterEach
    void cleanUp() {
        processes.deleteAll();
        ClockUtil.reset();
    }

    @Test
    void staff_claim_a_group_task_give_it_back_and_open_its_screen() {
        TestClock.set(NOW);
        String taskId = processes.startInboxTask("TX", NOW.plusDays(3));
        loginAndOpen("canbo.tx", "");

        MyTasksView view = _get(MyTasksView.class);
        assertThat(rows(view)).extracting(InboxTask::id).containsExactly(taskId);
        assertThat(view.empty.isVisible()).isFalse();

        LitCells.click(view.grid, 0, "actions", "claimOrGiveBack", "Nhận việc");
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("canbo.tx");
        view.filter.setValue(InboxFilter.MINE);
        assertThat(rows(view)).extracting(InboxTask::id).containsExactly(taskId);

        LitCells.click(view.grid, 0, "actions", "claimOrGiveBack", "Trả lại nhóm");
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
        assertThat(rows(view)).isEmpty();
        assertThat(view.empty.isVisible()).isTrue();

        view.filter.setValue(InboxFilter.GROUP);
        LitCells.click(view.grid, 0, "actions", "open", "Mở");
        TestTaskView screen = _get(TestTaskView.class);
        assertThat(screen.heading()).isEqualTo("Kiểm tra số liệu – Xã Tây Xuân");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("test-task/" + taskId);
    }

    @Test
    void enter_on_a_row_opens_its_task_and_enter_elsewhere_opens_nothing() {
        TestClock.set(NOW);
        processes.startInboxTask("TX", NOW.plusDays(1));
        String second = processes.startInboxTask("TX", NOW.plusDays(2));
        loginAndOpen("canbo.tx", "");
        MyTasksView view = _get(MyTasksView.class);

        // Enter with the focus on a header cell (no row): the inbox stays
        enter(view);
        _get(MyTasksView.class);

        // the browser reports the focused cell of the second row, then the key
        InboxTask row = rows(view).get(1);
        ComponentUtil.fireEvent(view.grid, new CellFocusEvent<>(view.grid, true,
                view.grid.getDataCommunicator().getKeyMapper().key(row), null, "body"));
        enter(view);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("test-task/" + second);
    }

    private static void enter(MyTasksView view) {
        // what the browser sends when the listener's filter (Enter, on the grid itself) holds
        JsonObject data = Json.createObject();
        data.put(MyTasksView.ENTER_ON_ROW, true);
        ElementUtilsKt._fireDomEvent(view.grid.getElement(), new DomEvent(view.grid.getElement(), "keydown", data));
    }

    @Test
    void overdue_tasks_carry_a_marker_and_have_their_own_filter() {
        TestClock.set(NOW);
        processes.startInboxTask("TX", NOW.minusDays(1));
        processes.startInboxTask("TX", NOW.plusDays(1));
        loginAndOpen("canbo.tx", "");

        MyTasksView view = _get(MyTasksView.class);
        assertThat(rows(view)).extracting(InboxTask::overdue).containsExactly(true, false);
        view.filter.setValue(InboxFilter.OVERDUE);
        assertThat(rows(view)).hasSize(1).allMatch(InboxTask::overdue);
        assertThat(GridKt._getFormatted(view.grid, 0, "due")).endsWith("Quá hạn");
        view.filter.setValue(InboxFilter.ALL);
        assertThat(GridKt._getFormatted(view.grid, 1, "due")).doesNotContain("Quá hạn");
    }

    @Test
    void a_task_taken_meanwhile_by_a_colleague_cannot_be_claimed_twice() {
        String taskId = processes.startInboxTask("TX", ZonedDateTime.now(AppTime.ZONE).plusDays(3));
        loginAndOpen("canbo.tx", "");
        MyTasksView view = _get(MyTasksView.class);

        // the row is on the screen when the colleague claims it
        InboxTask shown = rows(view).get(0);
        taskService.claim(taskId, "someone.else");
        LitCells.click(view.grid, shown, "actions", "claimOrGiveBack", "Nhận việc");

        NotificationsKt.expectNotifications(
                "Việc này đã được người khác nhận hoặc đã xong. Danh sách đã được cập nhật.");
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("someone.else");
        assertThat(rows(view)).isEmpty();
    }

    @Test
    void a_task_screen_opened_by_another_communes_user_sends_them_back_to_their_inbox() {
        String taskId = processes.startInboxTask("TX", ZonedDateTime.now(AppTime.ZONE).plusDays(3));
        loginAndOpen("canbo.bd", "test-task/" + taskId);

        _assertOne(MyTasksView.class);
        NotificationsKt.expectNotifications(
                "Việc này đã được người khác nhận hoặc đã xong. Danh sách đã được cập nhật.");
    }

    private static List<InboxTask> rows(MyTasksView view) {
        return view.grid.getGenericDataView().getItems().toList();
    }
}
