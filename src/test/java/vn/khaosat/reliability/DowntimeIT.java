package vn.khaosat.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.khaosat.SpringTest;
import vn.khaosat.TestCampaigns;
import vn.khaosat.TestClock;
import vn.khaosat.base.AppTime;
import vn.khaosat.plan.Channel;

/**
 * The server down over due dates: stopped on 10/1 with the campaign waiting for January's work
 * (15/1), started again on 20/2. January's work opens (its publication will be late), then
 * February's, each once and in that order; March waits for its own date.
 */
@SpringTest
class DowntimeIT {

    @Autowired
    TestCampaigns campaigns;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void cleanUp() {
        campaigns.deleteAll();
        ClockUtil.reset();
    }

    @Test
    void due_steps_run_once_in_their_order_when_the_server_comes_back() throws Exception {
        TestClock.set(2024, 1, 10, 9, 0);
        campaigns.run("BD", "TT4-3M", Set.of(Channel.PAPER));
        String campaign = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey("campaign-2024-BD").singleResult().getId();
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(campaign)
                .activityId(vn.khaosat.plan.SurveyCampaignProcess.TIMER_WORK_OPENS).singleResult()
                .getDuedate()).isEqualTo(Date.from(ZonedDateTime.of(2024, 1, 15, 7, 0, 0, 0, AppTime.ZONE).toInstant()));

        // down until 20/2; then the job executor starts with the application
        TestClock.set(2024, 2, 20, 9, 0);
        JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        executor.start();
        try {
            long deadline = System.currentTimeMillis() + 30_000;
            while (System.currentTimeMillis() < deadline && engine.getManagementService().createJobQuery()
                    .processInstanceId(campaign).executable().count() > 0) {
                Thread.sleep(100);
            }
            Thread.sleep(1_000);
        } finally {
            executor.shutdown();
        }

        assertThat(jdbc.queryForList("SELECT publication_date FROM period_cycle WHERE commune_code = 'BD' ORDER BY id",
                LocalDate.class)).containsExactly(LocalDate.of(2024, 1, 28), LocalDate.of(2024, 2, 28));
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(campaign)
                .activityId(vn.khaosat.plan.SurveyCampaignProcess.TIMER_WORK_OPENS).singleResult()
                .getDuedate()).isEqualTo(Date.from(ZonedDateTime.of(2024, 3, 15, 7, 0, 0, 0, AppTime.ZONE).toInstant()));
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(campaign)
                .activityId("Task_OpenPeriodWork").count()).isEqualTo(2);
        assertThat(engine.getRuntimeService().createIncidentQuery().count()).isZero();
    }
}
