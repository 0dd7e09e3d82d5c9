package vn.khaosat.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.khaosat.Login;
import vn.khaosat.SpringTest;
import vn.khaosat.TestClock;
import vn.khaosat.collection.FeedbackService;
import vn.khaosat.collection.FeedbackSource;
import vn.khaosat.collection.FeedbackView;

/**
 * Ten years on: the engine keeps an instance's history for its time to live (3650 days from its end)
 * and removes it afterwards, at night in Vietnam; a younger instance stays (W2).
 */
@SpringTest
class HistoryCleanupIT {

    @Autowired
    ProcessEngine engine;
    @Autowired
    HistoryService history;
    @Autowired
    ManagementService management;
    @Autowired
    TaskService tasks;
    @Autowired
    FeedbackService feedback;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void cleanUp() {
        jdbc.update("DELETE FROM feedback_item");
        ClockUtil.reset();
        Login.out();
    }

    @Test
    void the_cleanup_window_is_at_night_in_vietnam() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("23:00+0700");
        assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00+0700");
        assertThat(configuration.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
    }

    @Test
    void an_instance_past_its_time_to_live_is_removed_and_a_younger_one_is_not() {
        TestClock.set(2024, 3, 15, 9, 0);
        String old = answered("Phòng chờ thiếu ghế");
        TestClock.set(2025, 3, 15, 9, 0);
        String younger = answered("Thời gian chờ lâu");
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceIds(java.util.Set.of(old, younger))
                .count()).isEqualTo(2);

        // 3650 days after the first ended, and a day more; the second has a year to go
        TestClock.set(ZonedDateTime.of(2024, 3, 15, 9, 0, 0, 0, AppTime.ZONE).plusDays(3651));
        Job cleanup = history.cleanUpHistoryAsync(true);
        management.executeJob(cleanup.getId());

        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(old).count()).isZero();
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(old).count()).isZero();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(younger).count()).isEqualTo(1);
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(younger).count()).isEqualTo(2);
        // the application's own records are not the engine's to remove
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM feedback_item", Integer.class)).isEqualTo(2);
    }

    /** Records a feedback, answers and approves it: its instance ends now. Returns the instance id. */
    private String answered(String content) {
        Login.as(users, "canbo.tx");
        FeedbackView item = feedback.record(FeedbackSource.SUGGESTION_BOX, content, null);
        String process = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey("feedback-" + item.trackingCode()).singleResult().getId();
        String handle = tasks.createTaskQuery().processInstanceId(process).singleResult().getId();
        feedback.answer(handle, feedback.itemOfTask(handle).version(), "Đã xử lý.");
        Login.as(users, "chutich.tx");
        String approve = tasks.createTaskQuery().processInstanceId(process).singleResult().getId();
        feedback.approve(approve, feedback.itemOfTask(approve).version());
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(process).count()).isZero();
        return process;
    }
}
