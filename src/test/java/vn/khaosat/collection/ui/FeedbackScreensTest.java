package vn.khaosat.collection.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;

import vn.khaosat.KaribuTest;
import vn.khaosat.Login;
import vn.khaosat.base.tasks.ui.MyTasksView;
import vn.khaosat.collection.FeedbackProcess;

class FeedbackScreensTest extends KaribuTest {

    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void cleanUp() {
        runtime.createProcessInstanceQuery().processDefinitionKey(FeedbackProcess.KEY).list()
                .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "test cleanup"));
        jdbc.update("DELETE FROM feedback_item");
    }

    @Test
    void feedback_from_the_box_is_answered_approved_and_readable_by_its_tracking_code() {
        loginAndOpen("canbo.tx", "feedback");
        FeedbackListView list = _get(FeedbackListView.class);
        _click(list.record);
        assertThat(list.content.getErrorMessage()).isEqualTo("Không được để trống");
        list.content.setValue("Đề nghị bố trí thêm ghế chờ");
        _click(list.record);
        String code = jdbc.queryForObject("SELECT tracking_code FROM feedback_item", String.class);
        assertThat(list.recorded.getText()).isEqualTo("Đã ghi nhận. Mã tra cứu: " + code);
        assertThat(list.grid.getListDataView().getItemCount()).isEqualTo(1);

        String taskId = tasks.createTaskQuery().processDefinitionKey(FeedbackProcess.KEY).singleResult().getId();
        UI.getCurrent().navigate(FeedbackProcess.HANDLE_ROUTE + "/" + taskId);
        FeedbackHandleView handle = _get(FeedbackHandleView.class);
        assertThat(handle.heading()).isEqualTo("Trả lời góp ý " + code);
        NotificationsKt.clearNotifications();
        _click(handle.submit);
        assertThat(handle.answer.getErrorMessage()).isEqualTo("Không được để trống");
        handle.answer.setValue("Đã bố trí thêm 10 ghế.");
        _click(handle.submit);
        _get(MyTasksView.class);

        String approveTask = tasks.createTaskQuery().processDefinitionKey(FeedbackProcess.KEY).singleResult().getId();
        loginAndOpen("chutich.tx", "");
        UI.getCurrent().navigate(FeedbackProcess.APPROVE_ROUTE + "/" + approveTask);
        FeedbackApproveView approve = _get(FeedbackApproveView.class);
        _click(approve.actions.sendBackButton());
        assertThat(approve.actions.comment().getErrorMessage()).isEqualTo("Hãy ghi ý kiến khi trả lại nội dung trả lời");
        _click(approve.actions.approveButton());
        _get(MyTasksView.class);
        Login.out();

        UI.getCurrent().navigate("gop-y");
        FeedbackPublicView publicView = _get(FeedbackPublicView.class);
        publicView.code.setValue(code.toLowerCase());
        _click(publicView.lookUp);
        assertThat(publicView.result.getText()).isEqualTo("Đã trả lời: Đã bố trí thêm 10 ghế.");
        publicView.code.setValue("GYKHONGCO");
        _click(publicView.lookUp);
        assertThat(publicView.result.getText()).isEqualTo("Không tìm thấy mã tra cứu này");
    }

    @Test
    void a_citizen_sends_feedback_online_and_gets_a_tracking_code() {
        UI.getCurrent().navigate("gop-y/bd");
        FeedbackPublicView view = _get(FeedbackPublicView.class);
        _click(view.send);
        assertThat(view.content.getErrorMessage()).isEqualTo("Không được để trống");
        view.content.setValue("Niêm yết phí, lệ phí chưa rõ");
        _click(view.send);
        assertThat(view.sent.getText()).startsWith("Đã ghi nhận. Mã tra cứu: GY");
        assertThat(jdbc.queryForObject("SELECT CONCAT(commune_code, ' ', source) FROM feedback_item", String.class))
                .isEqualTo("BD ONLINE");
    }
}
