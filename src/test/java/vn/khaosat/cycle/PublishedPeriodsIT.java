package vn.khaosat.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.khaosat.Login;
import vn.khaosat.SpringTest;
import vn.khaosat.TestCampaigns;
import vn.khaosat.TestClock;
import vn.khaosat.TestResponses;
import vn.khaosat.plan.CampaignService;
import vn.khaosat.plan.Channel;
import vn.khaosat.plan.Period;
import vn.khaosat.plan.PeriodType;
import vn.khaosat.plan.Publication;
import vn.khaosat.plan.PublicationCalendar;
import vn.khaosat.plan.RunningCampaign;
import vn.khaosat.report.DistrictService;

/**
 * Published periods read for many communes at once (a parent unit's dashboard, the open data): the
 * same as one at a time, in a fixed number of statements whatever the number of communes, and a
 * snapshot read before is given again without reading it, yet never one of a row that is gone.
 */
@SpringTest
class PublishedPeriodsIT {

    @Autowired
    TestCampaigns campaigns;
    @Autowired
    CampaignService campaignService;
    @Autowired
    PublicationService publications;
    @Autowired
    DistrictService district;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    RunningCampaign tx;
    RunningCampaign bd;
    Publication march;

    @BeforeEach
    void marchIsPublishedInBothCommunes() {
        TestClock.set(2024, 3, 16, 9, 0);
        campaigns.run("TX", "TT4-3M", Set.of(Channel.PAPER));
        campaigns.run("BD", "TT4-3M", Set.of(Channel.PAPER));
        tx = campaignService.runningCampaign("TX", 2024).orElseThrow();
        bd = campaignService.runningCampaign("BD", 2024).orElseThrow();
        TestResponses.insert(jdbc, tx, "TP-HT", LocalDate.of(2024, 3, 5), 1, 1, 2, 3);
        TestResponses.insert(jdbc, bd, "TP-HT", LocalDate.of(2024, 3, 6), 2, 2, 2, 2);
        march = PublicationCalendar.of(2024, 14).get(2);
        publications.publish(tx, march, false);
        publications.publish(bd, march, false);
    }

    @AfterEach
    void cleanUp() {
        jdbc.update("DELETE FROM org_unit WHERE code LIKE 'ZP%'");
        Login.out();
        campaigns.deleteAll();
        ClockUtil.reset();
    }

    @Test
    void many_communes_read_at_once_equal_one_at_a_time() {
        List<String> periods = march.periods().stream().map(Period::code).toList();
        assertThat(periods).contains("2024-03", "2024-Q1");

        Map<String, Map<String, PublishedPeriod>> all = publications.published(List.of("TX", "BD", "ZZ"),
                List.of("2024-03", "2024-Q1", "2024-04"));

        assertThat(all).containsOnlyKeys("TX", "BD");
        for (String commune : List.of("TX", "BD")) {
            assertThat(all.get(commune)).containsOnlyKeys("2024-03", "2024-Q1");
            for (String period : List.of("2024-03", "2024-Q1")) {
                assertThat(all.get(commune).get(period)).isEqualTo(publications.published(commune, period).orElseThrow());
            }
        }
        assertThat(all.get("TX").get("2024-03").results().responses()).isEqualTo(1);
        assertThat(publications.published(List.of("TX", "BD"))).containsOnlyKeys("TX", "BD")
                .allSatisfy((commune, list) -> assertThat(list).hasSize(2));
    }

    @Test
    void a_snapshot_read_before_is_not_read_again_but_a_row_published_anew_is() {
        PublishedPeriod[] read = new PublishedPeriod[2];
        long first = selects(() -> read[0] = publications.published("TX", "2024-03").orElseThrow());
        long second = selects(() -> read[1] = publications.published("TX", "2024-03").orElseThrow());
        // kept: the row is found, its snapshot is neither read nor parsed again
        assertThat(second).isEqualTo(first - 1);
        assertThat(read[1]).isSameAs(read[0]);

        // the publication is removed (as the tests' clean-up does) and the period published again with
        // other figures: a new row, so the new snapshot
        jdbc.update("DELETE FROM period_publication WHERE commune_code = 'TX' AND period_code = '2024-03'");
        assertThat(publications.published("TX", "2024-03")).isEmpty();
        TestResponses.insert(jdbc, tx, "TP-HT", LocalDate.of(2024, 3, 7), 1, 1, 1, 1);
        publications.publish(tx, new Publication(march.date(), march.workOpensAt(), march.publishAt(),
                List.of(march.periods().get(0))), true);

        PublishedPeriod again = publications.published("TX", "2024-03").orElseThrow();
        assertThat(again.results().responses()).isEqualTo(2);
        assertThat(again.late()).isTrue();
    }

    @Test
    void the_dashboard_reads_a_fixed_number_of_statements_whatever_the_number_of_communes() {
        Login.as(users, "noivu.ts");
        // the first reading also fills what is kept whatever the communes (the user's reach, the settings)
        district.dashboard("TS", 2024, PeriodType.QUARTER_I);
        long withTwo = selects(() -> district.dashboard("TS", 2024, PeriodType.QUARTER_I));
        long ts = jdbc.queryForObject("SELECT id FROM org_unit WHERE code = 'TS'", Long.class);
        for (int i = 0; i < 5; i++) {
            jdbc.update("INSERT INTO org_unit (code, name, unit_type, parent_id) VALUES (?, ?, 'XA', ?)", "ZP" + i,
                    "Xã thêm " + i, ts);
        }

        DistrictDashboardProbe dashboard = new DistrictDashboardProbe(district.dashboard("TS", 2024, PeriodType.QUARTER_I));
        long withSeven = selects(() -> district.dashboard("TS", 2024, PeriodType.QUARTER_I));

        assertThat(dashboard.communes()).contains("TX", "BD", "ZP0", "ZP4");
        assertThat(withSeven).isEqualTo(withTwo);
        // and the consolidated table of the quarter has both communes' figures
        assertThat(district.consolidated("TS", 2024, PeriodType.QUARTER_I).title()).contains("(2/");
    }

    /** The communes a dashboard lists. */
    private record DistrictDashboardProbe(vn.khaosat.report.DistrictDashboard dashboard) {
        List<String> communes() {
            return dashboard.rows().stream().map(vn.khaosat.report.DistrictDashboard.Row::communeCode).toList();
        }
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
}
