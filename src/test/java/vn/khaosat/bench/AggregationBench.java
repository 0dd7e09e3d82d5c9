package vn.khaosat.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.khaosat.Login;
import vn.khaosat.SpringTest;
import vn.khaosat.TestCampaigns;
import vn.khaosat.TestClock;
import vn.khaosat.cycle.AggregationService;
import vn.khaosat.collection.PeriodCountQuery;
import vn.khaosat.cycle.PublicationService;
import vn.khaosat.plan.CampaignService;
import vn.khaosat.plan.Channel;
import vn.khaosat.plan.Period;
import vn.khaosat.plan.PeriodType;
import vn.khaosat.plan.Publication;
import vn.khaosat.plan.PublicationCalendar;
import vn.khaosat.plan.RunningCampaign;
import vn.khaosat.report.DistrictService;

/**
 * B2 and B3: aggregation with many responses in the database (100 communes × 5 years of synthetic
 * data, generated in the database by MariaDB's sequence engine, deterministic), against a
 * hand-written SQL GROUP BY of the same figures.
 */
@SpringTest
class AggregationBench {

    static final long RESPONSES = Long.getLong("bench.responses", 10_000_000L);
    static final int COMMUNES = 100;
    static final int RUNS = 20;

    @Autowired
    TestCampaigns campaigns;
    @Autowired
    CampaignService campaignService;
    @Autowired
    AggregationService aggregation;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PublicationService publications;
    @Autowired
    DistrictService districtService;
    @Autowired
    UserDetailsService users;

    @Test
    void b2_b3_aggregation_at_province_scale() throws Exception {
        TestClock.set(2024, 1, 5, 9, 0);
        campaigns.run("BD", "TT4-3M", Set.of(Channel.KIOSK));
        RunningCampaign bd = campaignService.runningCampaign("BD", 2024).orElseThrow();
        ClockUtil.reset();
        long generation = generate(bd);

        String commune = "B007";
        RunningCampaign campaign = new RunningCampaign(bd.id(), commune, "Xã đo tải 7", 2023, bd.template(), bd.fields(),
                bd.channels(), bd.coverageTarget());
        Period march = PublicationCalendar.of(2023, 14).get(2).periods().get(0);
        double ours = median(() -> aggregation.aggregate(campaign, march));
        // the baseline: the same figures by hand-written SQL (our own statement, rows left raw), and the
        // answers' GROUP BY alone for reference; ours adds the rates, areas and fields in Java
        double raw = median(() -> jdbc.queryForList(PeriodCountQuery.periodFiguresSql(),
                PeriodCountQuery.periodFiguresArguments(campaign, march)));
        double answersOnly = median(() -> jdbc.queryForList("SELECT r.field_id, a.criterion_id, a.level, COUNT(*) AS n "
                + "FROM survey_response r JOIN response_answer a ON a.response_id = r.id WHERE r.commune_code = ? "
                + "AND r.template_id = ? AND r.counted_on BETWEEN ? AND ? GROUP BY r.field_id, a.criterion_id, a.level",
                commune, bd.template().id(), march.from(), march.to()));
        int monthRows = jdbc.queryForObject("SELECT COUNT(*) FROM survey_response WHERE commune_code = ? "
                + "AND counted_on BETWEEN ? AND ?", Integer.class, commune, march.from(), march.to());

        Period quarter = PublicationCalendar.of(2023, 14).stream().flatMap(p -> p.periods().stream())
                .filter(p -> p.type() == PeriodType.QUARTER_I).findFirst().orElseThrow();
        List<String> codes = new ArrayList<>();
        for (int c = 0; c < COMMUNES; c++) {
            codes.add("B%03d".formatted(c));
        }
        // B3 as the district sees it: the dashboard and the consolidated table read each commune's
        // frozen quarter; freezing happens once per commune, at its own publication (timed apart)
        long publishing = publishQuarter(bd, quarter, codes);
        Login.as(users, "admin");
        double district = median(() -> {
            districtService.dashboard("BX", 2023, PeriodType.QUARTER_I);
            return districtService.consolidated("BX", 2023, PeriodType.QUARTER_I);
        }, 5);
        int dashboardRows = districtService.dashboard("BX", 2023, PeriodType.QUARTER_I).rows().size();
        Login.out();
        double live = median(() -> {
            codes.forEach(code -> aggregation.aggregate(new RunningCampaign(bd.id(), code, code, 2023, bd.template(),
                    bd.fields(), bd.channels(), bd.coverageTarget()), quarter));
            return null;
        }, 1);
        double districtRaw = median(() -> jdbc.queryForList("SELECT r.commune_code, r.field_id, a.criterion_id, a.level, "
                + "COUNT(*) AS n FROM survey_response r JOIN response_answer a ON a.response_id = r.id "
                + "WHERE r.commune_code LIKE 'B%' AND r.template_id = ? AND r.counted_on BETWEEN ? AND ? "
                + "GROUP BY r.commune_code, r.field_id, a.criterion_id, a.level", bd.template().id(), quarter.from(),
                quarter.to()), 3);
        List<Map<String, Object>> explain = jdbc.queryForList("EXPLAIN " + PeriodCountQuery.periodFiguresSql(),
                PeriodCountQuery.periodFiguresArguments(campaign, march));

        BenchReport report = new BenchReport("B2, B3 aggregation (" + String.format("%,d", RESPONSES)
                + " responses in the database)");
        report.add("B2", "one commune × one month (" + monthRows + " responses) with " + String.format("%,d", RESPONSES)
                + " responses in the database, median of " + RUNS, "< 50 ms, ≤ 2× SQL",
                BenchReport.number(ours) + " ms", BenchReport.number(raw) + " ms (the same figures by SQL)",
                BenchReport.number(ours / raw) + "×", "the answers' GROUP BY alone: " + BenchReport.number(answersOnly)
                        + " ms (" + BenchReport.number(ours / answersOnly) + "×)");
        report.add("B3", "district consolidation, " + dashboardRows + " communes × one quarter: dashboard and "
                + "consolidated table from the frozen quarters, median of 5", "< 1 s",
                BenchReport.number(district) + " ms", BenchReport.number(districtRaw) + " ms (one GROUP BY of all)",
                BenchReport.number(district / districtRaw) + "×", "freezing the quarter once per commune (at its "
                        + "publication) took " + BenchReport.number(publishing / (double) COMMUNES) + " ms per commune; "
                        + "re-aggregating all 100 live: " + BenchReport.number(live) + " ms");
        StringBuilder plan = new StringBuilder("EXPLAIN of B2's statement (the answers, then channels, paper batches, "
                + "dossiers and officers):\n\n| id | table | type | key | rows | extra |\n|---|---|---|---|---|---|\n");
        explain.forEach(row -> plan.append("| ").append(row.get("id")).append(" | ").append(row.get("table")).append(" | ").append(row.get("type"))
                .append(" | ").append(row.get("key")).append(" | ").append(row.get("rows")).append(" | ")
                .append(row.get("Extra")).append(" |\n"));
        report.note(plan.toString());
        report.note("Synthetic data: " + String.format("%,d", RESPONSES) + " responses and " + String.format("%,d",
                RESPONSES * bd.template().criteria().size()) + " answers generated in " + BenchReport.number(generation / 1000.0)
                + " s (MariaDB sequence engine, INSERT … SELECT in batches of 1,000,000).");
        report.write(jdbc);
    }

    /**
     * The bench district BX with communes B000…, each with its own plan and campaign (copies of
     * BD's rows), and each commune's first quarter of 2023 frozen as its publication would.
     */
    private long publishQuarter(RunningCampaign bd, Period quarter, List<String> codes) {
        long province = jdbc.queryForObject("SELECT parent_id FROM org_unit WHERE code = 'TS'", Long.class);
        jdbc.update("INSERT INTO org_unit (code, name, unit_type, parent_id) VALUES ('BX', 'Huyện đo tải', 'HUYEN', ?)",
                province);
        long district = jdbc.queryForObject("SELECT id FROM org_unit WHERE code = 'BX'", Long.class);
        long plan = jdbc.queryForObject("SELECT plan_id FROM survey_campaign WHERE id = ?", Long.class, bd.id());
        Publication march = PublicationCalendar.of(2023, 14).stream()
                .filter(p -> p.periods().contains(quarter)).findFirst().orElseThrow();
        long start = System.currentTimeMillis();
        for (String code : codes) {
            jdbc.update("INSERT INTO org_unit (code, name, unit_type, parent_id) VALUES (?, ?, 'XA', ?)", code,
                    "Xã đo tải " + code, district);
            long planCopy = copy("survey_plan", plan, Map.of("commune_code", code, "plan_year", 2023, "process_instance_id", ""));
            long campaign = copy("survey_campaign", bd.id(), Map.of("commune_code", code, "campaign_year", 2023,
                    "plan_id", planCopy, "status", "COMPLETED", "process_instance_id", ""));
            publications.publish(new RunningCampaign(campaign, code, code, 2023, bd.template(), bd.fields(),
                    bd.channels(), bd.coverageTarget()), new Publication(march.date(), march.workOpensAt(), march.publishAt(), List.of(quarter)), false);
        }
        return System.currentTimeMillis() - start;
    }

    /** Copies a row, with some columns changed; returns the copy's id. */
    private long copy(String table, long id, Map<String, Object> changes) {
        List<String> columns = jdbc.queryForList("SELECT column_name FROM information_schema.columns WHERE "
                + "table_schema = DATABASE() AND table_name = ? AND column_name <> 'id' ORDER BY ordinal_position",
                String.class, table);
        List<Object> arguments = new ArrayList<>();
        String select = columns.stream().map(c -> {
            if (changes.containsKey(c)) {
                arguments.add(changes.get(c));
                return "?";
            }
            return c;
        }).collect(java.util.stream.Collectors.joining(", "));
        arguments.add(id);
        jdbc.update("INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT " + select + " FROM " + table
                + " WHERE id = ?", arguments.toArray());
        return jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
    }

    /** Synthetic responses: commune B000–B099, a day of 2019–2024, field and levels from the row number. */
    private long generate(RunningCampaign bd) {
        long start = System.currentTimeMillis();
        long fieldA = bd.fields().get(0).id();
        long fieldB = bd.fields().get(1 % bd.fields().size()).id();
        long fieldC = bd.fields().get(2 % bd.fields().size()).id();
        Long first = null;
        for (long from = 1; from <= RESPONSES; from += 1_000_000) {
            long to = Math.min(RESPONSES, from + 999_999);
            jdbc.update("INSERT INTO survey_response (campaign_id, commune_code, field_id, channel, template_id, given_on, "
                    + "counted_on, submitted_at) SELECT ?, CONCAT('B', LPAD(seq % 100, 3, '0')), "
                    + "ELT(1 + seq % 3, ?, ?, ?), 'KIOSK', ?, DATE_ADD('2019-12-15', INTERVAL (seq DIV 100) % 1840 DAY), "
                    + "DATE_ADD('2019-12-15', INTERVAL (seq DIV 100) % 1840 DAY), NOW() FROM seq_" + from + "_to_" + to,
                    bd.id(), fieldA, fieldB, fieldC, bd.template().id());
            if (first == null) {
                first = jdbc.queryForObject("SELECT MIN(id) FROM survey_response WHERE commune_code LIKE 'B0%'", Long.class);
            }
        }
        long last = jdbc.queryForObject("SELECT MAX(id) FROM survey_response", Long.class);
        for (long from = first; from <= last; from += 1_000_000) {
            jdbc.update("INSERT INTO response_answer (response_id, criterion_id, level) SELECT r.id, c.id, "
                    + "1 + (r.id + c.position) % 3 FROM survey_response r JOIN template_area ta ON ta.template_id = ? "
                    + "JOIN template_criterion c ON c.area_id = ta.id "
                    + "WHERE r.id BETWEEN ? AND ?", bd.template().id(), from, Math.min(last, from + 999_999));
        }
        jdbc.execute("ANALYZE TABLE survey_response, response_answer");
        return System.currentTimeMillis() - start;
    }

    private double median(Supplier<Object> work) {
        return median(work, RUNS);
    }

    private double median(Supplier<Object> work, int runs) {
        for (int i = 0; i < 3; i++) {
            work.get();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms[runs / 2];
    }
}
