package vn.khaosat.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.khaosat.TestCampaigns;
import vn.khaosat.TestClock;
import vn.khaosat.cycle.PublicationService;
import vn.khaosat.plan.CampaignService;
import vn.khaosat.plan.Channel;
import vn.khaosat.plan.Period;
import vn.khaosat.plan.Publication;
import vn.khaosat.plan.PublicationCalendar;
import vn.khaosat.plan.RunningCampaign;

/**
 * The province-scale data that B2, B3 and B8 read, made once per JVM because 10 million responses
 * take minutes to generate: communes B000…B099 of the bench district BX with five years of synthetic
 * responses (2019-12-15 to 2024-12-28, generated in the database by MariaDB's sequence engine,
 * deterministic), each with its 2023 campaign, and periods of 2023 frozen as their publication would.
 */
final class ProvinceData {

    static final long RESPONSES = Long.getLong("bench.responses", 10_000_000L);
    static final int COMMUNES = 100;
    static final String DISTRICT = "BX";

    private static ProvinceData made;

    /** The campaign the synthetic responses carry (commune BD's, 2024); its template and fields are every commune's. */
    final RunningCampaign bd;
    final long generationMillis;
    /** Each bench commune's 2023 campaign, by commune code. */
    final Map<String, RunningCampaign> campaigns2023 = new LinkedHashMap<>();
    private final Map<Period, Long> frozenMillis = new LinkedHashMap<>();
    private final Set<Period> frozen = new HashSet<>();

    private ProvinceData(RunningCampaign bd, long generationMillis) {
        this.bd = bd;
        this.generationMillis = generationMillis;
    }

    /**
     * The data, made now if this JVM has not made it yet or another bench has deleted it since
     * (the benches that run campaigns delete every campaign when they end).
     */
    static synchronized ProvinceData get(JdbcTemplate jdbc, TestCampaigns campaigns, CampaignService campaignService) {
        if (made != null && jdbc.queryForObject("SELECT COUNT(*) FROM survey_campaign WHERE id = ?", Integer.class,
                made.bd.id()) == 1) {
            return made;
        }
        TestClock.set(2024, 1, 5, 9, 0);
        campaigns.run("BD", "TT4-3M", Set.of(Channel.KIOSK));
        RunningCampaign bd = campaignService.runningCampaign("BD", 2024).orElseThrow();
        ClockUtil.reset();
        made = new ProvinceData(bd, generate(jdbc, bd));
        made.createDistrict(jdbc);
        return made;
    }

    static List<String> communeCodes() {
        List<String> codes = new ArrayList<>();
        for (int c = 0; c < COMMUNES; c++) {
            codes.add("B%03d".formatted(c));
        }
        return codes;
    }

    /**
     * Freezes the period of 2023 for every bench commune, as each one's publication would (once per
     * period and JVM); returns how long that took when it was done, in milliseconds.
     */
    synchronized long freeze(Period period, PublicationService publications) {
        if (frozen.add(period)) {
            Publication publication = PublicationCalendar.of(2023, 14).stream()
                    .filter(p -> p.periods().contains(period)).findFirst().orElseThrow();
            long start = System.currentTimeMillis();
            campaigns2023.values().forEach(campaign -> publications.publish(campaign, new Publication(publication.date(),
                    publication.workOpensAt(), publication.publishAt(), List.of(period)), false));
            frozenMillis.put(period, System.currentTimeMillis() - start);
        }
        return frozenMillis.get(period);
    }

    /** The bench district BX with communes B000…, each with its own 2023 plan and campaign (copies of BD's rows). */
    private void createDistrict(JdbcTemplate jdbc) {
        long province = jdbc.queryForObject("SELECT parent_id FROM org_unit WHERE code = 'TS'", Long.class);
        // the units outlive the campaigns, which another bench may have deleted before this was made again
        jdbc.update("INSERT IGNORE INTO org_unit (code, name, unit_type, parent_id) VALUES (?, 'Huyện đo tải', 'HUYEN', ?)",
                DISTRICT, province);
        long district = jdbc.queryForObject("SELECT id FROM org_unit WHERE code = ?", Long.class, DISTRICT);
        long plan = jdbc.queryForObject("SELECT plan_id FROM survey_campaign WHERE id = ?", Long.class, bd.id());
        for (String code : communeCodes()) {
            jdbc.update("INSERT IGNORE INTO org_unit (code, name, unit_type, parent_id) VALUES (?, ?, 'XA', ?)", code,
                    "Xã đo tải " + code, district);
            long planCopy = copy(jdbc, "survey_plan", plan, Map.of("commune_code", code, "plan_year", 2023,
                    "process_instance_id", ""));
            long campaign = copy(jdbc, "survey_campaign", bd.id(), Map.of("commune_code", code, "campaign_year", 2023,
                    "plan_id", planCopy, "status", "COMPLETED", "process_instance_id", ""));
            campaigns2023.put(code, new RunningCampaign(campaign, code, code, 2023, bd.template(), bd.fields(),
                    bd.channels(), bd.coverageTarget()));
        }
    }

    /** Copies a row, with some columns changed; returns the copy's id. */
    private static long copy(JdbcTemplate jdbc, String table, long id, Map<String, Object> changes) {
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
    private static long generate(JdbcTemplate jdbc, RunningCampaign bd) {
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
}
