package vn.khaosat;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

import vn.khaosat.base.DbTime;
import vn.khaosat.plan.RunningCampaign;
import vn.khaosat.plan.TemplateDetail;

/** Paper responses written straight into the tables, for tests that need many of them fast. */
public final class TestResponses {

    private TestResponses() {
    }

    /** One response of the campaign's commune with a level per criterion, in the template's order. */
    public static long insert(JdbcTemplate jdbc, RunningCampaign campaign, String fieldCode, LocalDate givenOn,
            int... levels) {
        long field = campaign.fields().stream().filter(f -> f.code().equals(fieldCode)).findFirst().orElseThrow()
                .id();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("INSERT INTO survey_response (campaign_id, "
                    + "commune_code, field_id, channel, template_id, given_on, counted_on, submitted_at) "
                    + "VALUES (?, ?, ?, 'PAPER', ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
            insert.setLong(1, campaign.id());
            insert.setString(2, campaign.communeCode());
            insert.setLong(3, field);
            insert.setLong(4, campaign.template().id());
            insert.setDate(5, Date.valueOf(givenOn));
            insert.setDate(6, Date.valueOf(givenOn));
            insert.setObject(7, DbTime.utc(Instant.now()));
            return insert;
        }, key);
        long id = key.getKey().longValue();
        List<TemplateDetail.Criterion> criteria = campaign.template().criteria();
        for (int c = 0; c < levels.length; c++) {
            jdbc.update("INSERT INTO response_answer (response_id, criterion_id, level) VALUES (?, ?, ?)", id,
                    criteria.get(c).id(), levels[c]);
        }
        return id;
    }
}
