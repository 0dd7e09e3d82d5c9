package vn.khaosat.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.khaosat.Login;
import vn.khaosat.SpringTest;
import vn.khaosat.TestClock;
import vn.khaosat.base.AppTime;
import vn.khaosat.base.InvalidInputException;

@SpringTest
class FeedbackProcessIT {

    /** A Friday: ten working days later is Friday 29 March, the reminder Wednesday 27 March 08:00. */
    static final ZonedDateTime FRIDAY = ZonedDateTime.of(2024, 3, 15, 9, 0, 0, 0, AppTime.ZONE);

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    FeedbackService feedback;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void friday() {
        BpmnAwareTests.init(engine);
        TestClock.set(FRIDAY);
    }

    @AfterEach
    void cleanUp() {
        runtime.createProcessInstanceQuery().processDefinitionKey(FeedbackProcess.KEY).list()
                .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "test cleanup"));
        jdbc.update("DELETE FROM feedback_item");
        ClockUtil.reset();
        Login.out();
    }

    @Test
    void staff_answer_the_leader_approves_and_the_tracking_code_shows_the_answer() {
        Login.as(users, "canbo.tx");
        FeedbackView item = feedback.record(FeedbackSource.SUGGESTION_BOX, "Phòng chờ thiếu ghế ngồi", "Ông Nguyễn Văn B");
        ProcessInstance process = process(item);
        BpmnAwareTests.assertThat(process).isWaitingAt(FeedbackProcess.TASK_HANDLE);
        assertThat(tasks.createTaskQuery().processInstanceId(process.getId()).singleResult().getDueDate())
                .isEqualTo(Date.from(ZonedDateTime.of(2024, 3, 29, 17, 0, 0, 0, AppTime.ZONE).toInstant()));
        assertThat(feedback.track(item.trackingCode()).orElseThrow().answer()).isNull();

        String handle = task(process);
        feedback.answer(handle, feedback.itemOfTask(handle).version(), "Đã bổ sung 10 ghế tại phòng chờ.");
        BpmnAwareTests.assertThat(process).isWaitingAt(FeedbackProcess.TASK_APPROVE);

        Login.as(users, "chutich.tx");
        String approve = task(process);
        feedback.approve(approve, feedback.itemOfTask(approve).version());

        BpmnAwareTests.assertThat(process).isEnded().hasPassed(FeedbackProcess.TASK_NOTIFY, FeedbackProcess.END_ANSWERED);
        FeedbackView answered = feedback.track(item.trackingCode().toLowerCase()).orElseThrow();
        assertThat(answered.status()).isEqualTo(FeedbackStatus.ANSWERED);
        assertThat(answered.answer()).isEqualTo("Đã bổ sung 10 ghế tại phòng chờ.");
        assertThat(answered.approvedBy()).isEqualTo("chutich.tx");
        assertThat(answered.notifiedAt()).isEqualTo(FRIDAY.toInstant());
    }

    @Test
    void a_returned_answer_goes_back_to_staff_with_the_leaders_comment() {
        Login.as(users, "canbo.tx");
        FeedbackView item = feedback.record(FeedbackSource.IN_PERSON, "Thời gian chờ lâu", null);
        ProcessInstance process = process(item);
        String handle = task(process);
        feedback.answer(handle, feedback.itemOfTask(handle).version(), "Sẽ xem xét.");

        Login.as(users, "chutich.tx");
        String approve = task(process);
        assertThatThrownBy(() -> feedback.returnAnswer(approve, feedback.itemOfTask(approve).version(), " "))
                .isInstanceOf(InvalidInputException.class);
        feedback.returnAnswer(approve, feedback.itemOfTask(approve).version(), "Nêu rõ biện pháp và thời hạn");
        BpmnAwareTests.assertThat(process).isWaitingAt(FeedbackProcess.TASK_HANDLE);

        Login.as(users, "canbo.tx");
        String again = task(process);
        FeedbackView returned = feedback.itemOfTask(again);
        assertThat(returned.status()).isEqualTo(FeedbackStatus.RETURNED);
        assertThat(returned.returnComment()).isEqualTo("Nêu rõ biện pháp và thời hạn");
        feedback.answer(again, returned.version(), "Bố trí thêm một cán bộ tiếp nhận từ ngày 01/4/2024.");
        Login.as(users, "chutich.tx");
        String second = task(process);
        feedback.approve(second, feedback.itemOfTask(second).version());
        BpmnAwareTests.assertThat(process).isEnded();
    }

    @Test
    void the_handler_is_reminded_two_working_days_before_the_due_date_and_the_task_stays() {
        Login.as(users, "canbo.tx");
        FeedbackView item = feedback.record(FeedbackSource.SUGGESTION_BOX, "Nhà vệ sinh hỏng", null);
        ProcessInstance process = process(item);
        Job reminder = management.createJobQuery().processInstanceId(process.getId()).timers().singleResult();
        ZonedDateTime remindAt = ZonedDateTime.of(2024, 3, 27, 8, 0, 0, 0, AppTime.ZONE);
        assertThat(reminder.getDuedate()).isEqualTo(Date.from(remindAt.toInstant()));

        TestClock.set(remindAt.minusMinutes(1));
        assertThat(management.createJobQuery().processInstanceId(process.getId()).executable().count()).isZero();
        TestClock.set(remindAt);
        management.executeJob(reminder.getId());

        BpmnAwareTests.assertThat(process).hasPassed(FeedbackProcess.TASK_REMIND).isWaitingAt(FeedbackProcess.TASK_HANDLE);
        assertThat(feedback.track(item.trackingCode()).orElseThrow().remindedAt()).isEqualTo(remindAt.toInstant());

        // answered, then returned after the reminder's instant: the handler's task opens again with a
        // new due and reminder counted from the return, and nothing fires at once
        String handle = task(process);
        feedback.answer(handle, feedback.itemOfTask(handle).version(), "Đã sửa.");
        TestClock.set(remindAt.plusDays(1));
        Login.as(users, "chutich.tx");
        String approve = task(process);
        feedback.returnAnswer(approve, feedback.itemOfTask(approve).version(), "Nêu ngày sửa xong");
        BpmnAwareTests.assertThat(process).isWaitingAt(FeedbackProcess.TASK_HANDLE);
        assertThat(management.createJobQuery().processInstanceId(process.getId()).executable().count()).isZero();
        Job again = management.createJobQuery().processInstanceId(process.getId()).timers().singleResult();
        assertThat(again.getDuedate()).isAfter(Date.from(remindAt.plusDays(1).toInstant()));
        assertThat(tasks.createTaskQuery().processInstanceId(process.getId()).singleResult().getDueDate())
                .isAfter(again.getDuedate());
        assertThat(feedback.track(item.trackingCode()).orElseThrow().remindedAt()).isEqualTo(remindAt.toInstant());
    }

    @Test
    void a_citizen_sends_feedback_online_and_bad_input_stores_nothing() {
        FeedbackView online = feedback.submitOnline("BD", "Đề nghị niêm yết phí rõ hơn", "0905 000 000", "127.0.0.1");
        assertThat(online.trackingCode()).matches("GY[A-Z2-9]{8}");
        assertThat(online.source()).isEqualTo(FeedbackSource.ONLINE);
        BpmnAwareTests.assertThat(process(online)).isWaitingAt(FeedbackProcess.TASK_HANDLE);

        assertThatThrownBy(() -> feedback.submitOnline("BD", "   ", null, "127.0.0.1"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> feedback.submitOnline("TS", "Góp ý", null, "127.0.0.1"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> feedback.submitOnline("KHONG-CO", "Góp ý", null, "127.0.0.1"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM feedback_item", Integer.class)).isEqualTo(1);

        Login.as(users, "chutich.bd");
        assertThatThrownBy(() -> feedback.record(FeedbackSource.IN_PERSON, "x", null))
                .isInstanceOf(AccessDeniedException.class);
    }

    private ProcessInstance process(FeedbackView item) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey("feedback-" + item.trackingCode())
                .singleResult();
    }

    private String task(ProcessInstance process) {
        return tasks.createTaskQuery().processInstanceId(process.getId()).singleResult().getId();
    }
}
