package vn.khaosat.base.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.khaosat.SpringTest;

/**
 * Lookups made at every step whose tables grow with the country read through an index, not every
 * row: the engine's subtask lookup at each completion, a commune's last cycle when one opens, a
 * commune's campaign of a year. The database says which index it would use for each.
 */
@SpringTest
class LookupIndexesIT {

    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the engine's subtasks of an ending task | SELECT * FROM ACT_RU_TASK WHERE PARENT_TASK_ID_ = 'x' | ACT_IDX_TASK_PARENT
            jobs due by the engine clock | SELECT ID_ FROM ACT_RU_JOB WHERE DUEDATE_ <= '2025-01-01' ORDER BY DUEDATE_ | ACT_IDX_JOB_DUEDATE
            a commune's last cycle | SELECT * FROM period_cycle WHERE commune_code = 'TX' ORDER BY publication_date DESC LIMIT 1 | ix_period_cycle_commune
            a commune's campaign of a year | SELECT * FROM survey_campaign WHERE commune_code = 'TX' AND campaign_year = 2025 AND status = 'RUNNING' | ix_survey_campaign_commune
            """)
    void a_lookup_that_grows_with_the_country_reads_through_its_index(String lookup, String sql, String index) {
        List<Map<String, Object>> plan = jdbc.queryForList("EXPLAIN " + sql);

        assertThat(plan).hasSize(1);
        assertThat(plan.get(0).get("possible_keys")).asString().contains(index);
        assertThat(plan.get(0).get("key")).isEqualTo(index);
    }
}
