package vn.khaosat.cycle;

import java.sql.Date;
import java.time.LocalDate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.khaosat.base.DbTime;
import vn.khaosat.base.KeptMap;
import vn.khaosat.base.UnitNames;
import vn.khaosat.base.audit.AuditService;
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
    private final UnitNames units;
    private final AuditService audit;

    /** Parsed snapshots by row id (see {@link #byIds}). */
    private final Map<Long, PublishedPeriod> snapshots;

    PublicationService(AggregationService aggregation, CampaignService campaigns, JdbcTemplate jdbc, ObjectMapper json,
            Clock clock, UnitNames units, AuditService audit, @Value("${app.publications.kept:2000}") int keptSnapshots) {
        this.snapshots = KeptMap.of(keptSnapshots);
        this.audit = audit;
        this.units = units;
        this.aggregation = aggregation;
        this.campaigns = campaigns;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** How many periods have been published, in every commune: a total for the demo's log, no tenant's data. */
    public int publishedPeriodCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM period_publication", Integer.class);
    }

    /** Freezes every period the publication publishes; returns how many were published now (not before). */
    @Transactional
    public int publish(String communeCode, int year, Publication publication, boolean late) {
        return publish(campaigns.campaignOfYear(communeCode, year)
                .orElseThrow(() -> new IllegalStateException("no campaign " + communeCode + " " + year)), publication, late);
    }

    /** {@link #publish(String, int, Publication, boolean)} for a campaign at hand. */
    @Transactional
    public int publish(RunningCampaign campaign, Publication publication, boolean late) {
        String communeCode = campaign.communeCode();
        int published = 0;
        for (Period period : publication.periods()) {
            PeriodResults results = aggregation.aggregate(campaign, period);
            try {
                jdbc.update("INSERT INTO period_publication (campaign_id, commune_code, publication_date, period_code, "
                        + "period_name, published_at, late, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        campaign.id(), communeCode, Date.valueOf(publication.date()), period.code(),
                        period.nameVi(), DbTime.utc(clock.instant()), late, json.writeValueAsString(results));
                audit.record(communeCode, "PeriodPublication", campaign.id() + "/" + period.code(), "PUBLISHED",
                        null, "period: " + period.nameVi() + (late ? "\nlate" : ""));
                published++;
            } catch (DuplicateKeyException alreadyPublished) {
                // published before: the snapshot stays as it was
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return published;
    }

    /**
     * Whether a published period (a month, or a quarter, half-year or year) holds that day: an answer
     * of that day may no longer change any figure. The day belongs to the year whose windows hold it
     * (20/12 to next year's).
     */
    public boolean isDayPublished(String communeCode, int cutOffDay, LocalDate day) {
        int year = PublicationCalendar.windowMonth(day, cutOffDay).getYear();
        List<String> holding = PublicationCalendar.of(year, cutOffDay).stream().flatMap(p -> p.periods().stream())
                .filter(period -> period.contains(day)).map(Period::code).toList();
        if (holding.isEmpty()) {
            return false;
        }
        return jdbc.queryForObject("SELECT COUNT(*) FROM period_publication WHERE commune_code = ? AND period_code IN ("
                + String.join(",", holding.stream().map(c -> "?").toList()) + ")", Integer.class,
                Stream.concat(Stream.of(communeCode), holding.stream()).toArray()) > 0;
    }

    /** Public: the commune's published periods, newest first. */
    public List<PublishedPeriod> published(String communeCode) {
        return published(List.of(communeCode)).getOrDefault(communeCode, List.of());
    }

    /** Public: the published periods of many communes at once (the open data of a district), each newest first. */
    public Map<String, List<PublishedPeriod>> published(Collection<String> communeCodes) {
        if (communeCodes.isEmpty()) {
            return Map.of();
        }
        Map<String, List<PublishedPeriod>> published = new HashMap<>();
        for (PublishedPeriod p : byIds(jdbc.queryForList("SELECT id FROM period_publication WHERE commune_code IN ("
                + placeholders(communeCodes) + ") ORDER BY publication_date DESC, id", Long.class,
                communeCodes.toArray()))) {
            published.computeIfAbsent(p.communeCode(), c -> new ArrayList<>()).add(p);
        }
        return published;
    }

    /**
     * Public: the commune's previous published period of the same kind as this one (the month before,
     * the first half of the year before…): what a period is compared with.
     */
    public Optional<PeriodResults> previous(PeriodResults current) {
        return published(current.communeCode()).stream()
                .filter(p -> kind(p.periodCode()).equals(kind(current.periodCode()))
                        && p.periodCode().compareTo(current.periodCode()) < 0)
                .map(PublishedPeriod::results).findFirst();
    }

    /** "M" for a month (2024-03), else the code's suffix (Q1, H1, Q3, Y); "2024-Q1" is as long as a month's code. */
    public static String kind(String periodCode) {
        return isMonth(periodCode) ? "M" : periodCode.substring(5);
    }

    private static boolean isMonth(String periodCode) {
        return periodCode.matches("\\d{4}-\\d{2}");
    }

    /** Public: the published monthly overall rates, oldest first, at most the last twenty-four. */
    public Map<String, Double> monthlyTrend(String communeCode) {
        // months only ("2026-04"; quarter codes such as "2026-Q1" have the same length), the last two years
        List<PublishedPeriod> months = published(communeCode).stream()
                .filter(p -> isMonth(p.periodCode())).limit(24).toList();
        Map<String, Double> trend = new LinkedHashMap<>();
        for (int i = months.size() - 1; i >= 0; i--) {
            trend.put(months.get(i).periodCode(), months.get(i).results().overallRate());
        }
        return trend;
    }

    /**
     * Public: the notice (PDF) of a publication date, as posted at the one-stop; empty when nothing was
     * published that day.
     */
    public Optional<byte[]> notice(String communeCode, LocalDate publicationDate) {
        List<PublishedPeriod> periods = byIds(jdbc.queryForList("SELECT id FROM period_publication WHERE commune_code = ? "
                + "AND publication_date = ? ORDER BY id", Long.class, communeCode, Date.valueOf(publicationDate)));
        if (periods.isEmpty()) {
            return Optional.empty();
        }
        long campaignId = jdbc.queryForObject("SELECT MIN(campaign_id) FROM period_publication WHERE commune_code = ? "
                + "AND publication_date = ?", Long.class, communeCode, Date.valueOf(publicationDate));
        return Optional.of(NoticeDocument.pdf(units.nameOf(communeCode), campaigns.planOfCampaign(campaignId),
                publicationDate, periods));
    }

    public Optional<PublishedPeriod> published(String communeCode, String periodCode) {
        return Optional.ofNullable(published(List.of(communeCode), List.of(periodCode))
                .getOrDefault(communeCode, Map.of()).get(periodCode));
    }

    /**
     * The published periods of many communes at once (a parent unit's dashboard, the open data), by
     * commune code and period code: one statement for which are published, one for the snapshots not
     * kept yet.
     */
    public Map<String, Map<String, PublishedPeriod>> published(Collection<String> communeCodes,
            Collection<String> periodCodes) {
        if (communeCodes.isEmpty() || periodCodes.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = jdbc.queryForList("SELECT MIN(id) FROM period_publication WHERE commune_code IN ("
                + placeholders(communeCodes) + ") AND period_code IN (" + placeholders(periodCodes)
                + ") GROUP BY commune_code, period_code", Long.class,
                Stream.concat(communeCodes.stream(), periodCodes.stream()).toArray());
        Map<String, Map<String, PublishedPeriod>> published = new HashMap<>();
        for (PublishedPeriod p : byIds(ids)) {
            published.computeIfAbsent(p.communeCode(), c -> new HashMap<>()).put(p.periodCode(), p);
        }
        return published;
    }

    /**
     * The rows of those ids, in that order. A row never changes once written (a period is published
     * once, "the snapshot stays as it was"), so a snapshot read before is given again without reading
     * or parsing it: right on every node, since a row another node adds has an id of its own.
     */
    private List<PublishedPeriod> byIds(List<Long> ids) {
        List<Long> missing = ids.stream().filter(id -> !snapshots.containsKey(id)).toList();
        Map<Long, PublishedPeriod> read = new HashMap<>();
        if (!missing.isEmpty()) {
            jdbc.query("SELECT * FROM period_publication WHERE id IN (" + placeholders(missing) + ")",
                    rs -> {
                        read.put(rs.getLong("id"), mapper().mapRow(rs, 0));
                    }, missing.toArray());
            snapshots.putAll(read);
        }
        List<PublishedPeriod> periods = new ArrayList<>();
        for (Long id : ids) {
            PublishedPeriod p = read.containsKey(id) ? read.get(id) : snapshots.get(id);
            if (p != null) {
                periods.add(p);
            }
        }
        return periods;
    }

    private static String placeholders(Collection<?> values) {
        return String.join(",", Collections.nCopies(values.size(), "?"));
    }

    private RowMapper<PublishedPeriod> mapper() {
        return (rs, row) -> {
            try {
                return new PublishedPeriod(rs.getString("commune_code"), rs.getDate("publication_date").toLocalDate(),
                        rs.getString("period_code"), rs.getString("period_name"),
                        DbTime.instant(rs, "published_at"), rs.getBoolean("late"),
                        json.readValue(rs.getString("snapshot"), PeriodResults.class));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("unreadable snapshot of " + rs.getString("period_code"), e);
            }
        };
    }
}
