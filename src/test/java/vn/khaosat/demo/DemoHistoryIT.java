package vn.khaosat.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.khaosat.SpringTest;
import vn.khaosat.TestCampaigns;

@SpringTest
class DemoHistoryIT {

    @Autowired
    DemoHistoryBuilder builder;
    @Autowired
    TestCampaigns campaigns;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void cleanUp() {
        ClockUtil.reset();
    }

    @Test
    void builds_on_a_mid_month_day() {
        campaigns.deleteAll();
        var built = builder.build(OffsetDateTime.parse("2026-12-03T14:46:00+07:00").toInstant());
        System.out.println(built);
        assertThat(built.publications()).isPositive();
    }
}
