package vn.khaosat.cycle;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.khaosat.plan.CampaignService;
import vn.khaosat.plan.Period;
import vn.khaosat.plan.Publication;
import vn.khaosat.plan.PublicationCalendar;
import vn.khaosat.plan.RunningCampaign;

/**
 * Publishing freezes a period's figures: they are aggregated once and kept as a snapshot, which the
 * public results page, the notice and the report read. Publishing the same period again changes
 * nothing, so a retried or doubled publication happens once.
 */
@Service
public class PublicationService {

    private final AggregationService aggregation;
    private final CampaignService campaigns;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    PublicationService(AggregationService aggregation, CampaignService campaigns, JdbcTemplate jdbc, ObjectMapper json,
            Clock clock) {
        this.aggregation = aggregation;
        this.campaigns = campaigns;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** Freezes every period the publication publishes; returns how many were published now (not before). */
    @Transactional
    public int publish(String communeCode, int year, Publication publication, boolean late) {
        RunningCampaign campaign = campaigns.runningCampaign(communeCode, year)
                .orElseThrow(() -> new IllegalStateException("no running campaign " + communeCode + " " + year));
        int published = 0;
        for (Period period : publication.periods()) {
            PeriodResults results = aggregation.aggregate(campaign, period);
            try {
                jdbc.update("INSERT INTO period_publication (campaign_id, commune_code, publication_date, period_code, "
                        + "period_name, published_at, late, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        campaign.id(), communeCode, Date.valueOf(publication.date()), period.code(),
                        period.nameVi(), Timestamp.from(clock.instant()), late, json.writeValueAsString(results));
                published++;
            } catch (DuplicateKeyException alreadyPublished) {
                // published before: the snapshot stays as it was
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return published;
    }

    /** Whether the monthly period holding that day has been published: its figures may no longer change. */
    public boolean isDayPublished(String communeCode, int year, int cutOffDay, LocalDate day) {
        return PublicationCalendar.of(year, cutOffDay).stream().map(p -> p.periods().get(0))
                .filter(month -> month.contains(day)).findFirst()
                .map(month -> published(communeCode, month.code()).isPresent()).orElse(false);
    }

    /** Public: the commune's published periods, newest first. */
    public List<PublishedPeriod> published(String communeCode) {
        return jdbc.query("SELECT * FROM period_publication WHERE commune_code = ? ORDER BY publication_date DESC, id",
                mapper(), communeCode);
    }

    public Optional<PublishedPeriod> published(String communeCode, String periodCode) {
        return jdbc.query("SELECT * FROM period_publication WHERE commune_code = ? AND period_code = ? ORDER BY id",
                mapper(), communeCode, periodCode).stream().findFirst();
    }

    private RowMapper<PublishedPeriod> mapper() {
        return (rs, row) -> {
            try {
                return new PublishedPeriod(rs.getString("commune_code"), rs.getDate("publication_date").toLocalDate(),
                        rs.getString("period_code"), rs.getString("period_name"),
                        rs.getTimestamp("published_at").toInstant(), rs.getBoolean("late"),
                        json.readValue(rs.getString("snapshot"), PeriodResults.class));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("unreadable snapshot of " + rs.getString("period_code"), e);
            }
        };
    }
}
