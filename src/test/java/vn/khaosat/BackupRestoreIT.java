package vn.khaosat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.khaosat.plan.CampaignService;
import vn.khaosat.plan.Channel;

/**
 * The backup of docs/operations.md, done for real: mariadb-dump of the database (application and
 * Camunda tables), restored into an empty database, holds every row of every table: responses,
 * plans, and the engine's running processes, tasks and timers.
 */
@SpringTest
class BackupRestoreIT {

    static final String COPY = "khaosat_restore_check";

    @Autowired
    TestCampaigns campaigns;
    @Autowired
    TestCycles cycles;
    @Autowired
    CampaignService campaignService;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${spring.datasource.url}")
    String url;
    @Value("${app.embedded-db.dir}")
    String embeddedDir;

    @AfterEach
    void cleanUp() {
        jdbc.execute("DROP DATABASE IF EXISTS " + COPY);
        campaigns.deleteAll();
        ClockUtil.reset();
    }

    @Test
    void a_dump_restored_into_an_empty_database_has_every_response_and_every_process_state() throws Exception {
        TestClock.set(2024, 3, 16, 9, 0);
        campaigns.run("TX", "TT4-3M", Set.of(Channel.PAPER));
        cycles.openDueWork("TX", 2024);
        var campaign = campaignService.runningCampaign("TX", 2024).orElseThrow();
        for (int i = 0; i < 50; i++) {
            TestResponses.insert(jdbc, campaign, i % 2 == 0 ? "TP-HT" : "VHXH", LocalDate.of(2024, 2, 1 + i % 28),
                    1 + i % 3, 1, 2, 1 + i % 2);
        }
        String schema = jdbc.queryForObject("SELECT DATABASE()", String.class);
        URI server = URI.create(url.substring("jdbc:".length()));
        Path bin = Path.of(embeddedDir, "base", "bin").toAbsolutePath();
        Path dump = Files.createTempFile("khaosat-backup", ".sql");
        try {
            run(List.of(bin.resolve("mariadb-dump").toString(), "--host=127.0.0.1", "--port=" + server.getPort(),
                    "--user=root", "--single-transaction", "--routines", "--triggers", "--result-file=" + dump, schema),
                    null);
            assertThat(Files.size(dump)).isGreaterThan(10_000);

            jdbc.execute("CREATE DATABASE " + COPY + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            run(List.of(bin.resolve("mariadb").toString(), "--host=127.0.0.1", "--port=" + server.getPort(),
                    "--user=root", COPY), dump.toFile());

            Map<String, Integer> original = rowCounts(schema);
            Map<String, Integer> restored = rowCounts(COPY);
            System.out.printf("backup: %d tables, %d rows; survey_response %d, ACT_RU_EXECUTION %d, ACT_RU_TASK %d, "
                    + "ACT_RU_JOB %d%n", original.size(), original.values().stream().mapToInt(Integer::intValue).sum(),
                    original.get("survey_response"), original.get("ACT_RU_EXECUTION"), original.get("ACT_RU_TASK"),
                    original.get("ACT_RU_JOB"));
            assertThat(restored).isEqualTo(original);
            assertThat(original.get("survey_response")).isGreaterThanOrEqualTo(50);
            assertThat(original.get("ACT_RU_TASK")).isPositive();
            for (String table : List.of("survey_response", "response_answer", "survey_plan", "ACT_RU_EXECUTION",
                    "ACT_RU_TASK", "ACT_RU_JOB", "ACT_RU_VARIABLE", "ACT_GE_BYTEARRAY", "audit_log")) {
                assertThat(checksum(COPY, table)).as(table).isEqualTo(checksum(schema, table));
            }
        } finally {
            Files.deleteIfExists(dump);
        }
    }

    private Map<String, Integer> rowCounts(String schema) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String table : jdbc.queryForList("SELECT table_name FROM information_schema.tables WHERE table_schema = ? "
                + "AND table_type = 'BASE TABLE'", String.class, schema)) {
            counts.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + schema + ".`" + table + "`", Integer.class));
        }
        return counts;
    }

    private long checksum(String schema, String table) {
        return jdbc.query("CHECKSUM TABLE " + schema + ".`" + table + "`", rs -> {
            rs.next();
            return rs.getLong(2);
        });
    }

    private static void run(List<String> command, File input) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (input != null) {
            builder.redirectInput(input);
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
    }
}
