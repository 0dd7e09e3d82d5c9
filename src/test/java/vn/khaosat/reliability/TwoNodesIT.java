package vn.khaosat.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.khaosat.SpringTest;
import vn.khaosat.plan.PublicationCalendar;

/**
 * Two application nodes on one database (Camunda's homogeneous cluster): the twelve publication
 * cycles of a year, driven to their publication timer through both nodes' REST APIs and all due at
 * the same instant, are published by the two job executors together: every period once, every
 * report started once, no incident.
 */
@SpringTest
class TwoNodesIT {

    static final String DATABASE = "khaosat_cluster";
    static final DateTimeFormatter REST_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    @Autowired
    JdbcTemplate jdbc;
    @Value("${spring.datasource.url}")
    String testUrl;

    final List<AppNode> nodes = new ArrayList<>();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @AfterEach
    void cleanUp() throws Exception {
        for (AppNode node : nodes) {
            node.stop();
        }
        jdbc.execute("DROP DATABASE IF EXISTS " + DATABASE);
    }

    @Test
    void a_years_publications_through_two_job_executors_happen_once_each() throws Exception {
        jdbc.execute("DROP DATABASE IF EXISTS " + DATABASE);
        jdbc.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        String url = testUrl.substring(0, testUrl.lastIndexOf('/') + 1) + DATABASE;
        // the first node loads the demo organisation and issues the demo plan; the second finds them
        nodes.add(new AppNode("node-a", url, "--camunda.bpm.generic-properties.properties.hostname=node-a").start());
        nodes.add(new AppNode("node-b", url, "--camunda.bpm.generic-properties.properties.hostname=node-b").start());
        String db = DATABASE + ".";
        long campaign = waitFor(() -> jdbc.queryForList("SELECT id FROM " + db + "survey_campaign", Long.class));
        int year = jdbc.queryForObject("SELECT campaign_year FROM " + db + "survey_campaign WHERE id = ?", Integer.class,
                campaign);
        // the demo's own cycle (its work already opened) plus one for every other publication date of the year
        waitFor(() -> jdbc.queryForList("SELECT id FROM " + db + "period_cycle", Long.class));
        List<LocalDate> existing = jdbc.queryForList("SELECT publication_date FROM " + db + "period_cycle", LocalDate.class);
        for (var publication : PublicationCalendar.of(year, 14)) {
            if (!existing.contains(publication.date())) {
                jdbc.update("INSERT INTO " + db + "period_cycle (campaign_id, commune_code, cycle_year, publication_date, "
                        + "status) VALUES (?, 'TX', ?, ?, 'FINALISING')", campaign, year, publication.date());
            }
        }
        // both nodes' clocks to one instant, an hour after the demo's start (each started its clock when
        // it started); the publications fall due together 45 s later, while the tasks below are done
        OffsetDateTime together = OffsetDateTime.parse(AppNode.DEMO_START).plusHours(1);
        for (AppNode node : nodes) {
            rest(node, "POST", "/api/v1/training-clock", "{\"instant\":\"" + together + "\"}");
        }
        String dueAt = together.plusSeconds(45).format(REST_DATE);
        List<Map<String, Object>> cycles = jdbc.queryForList("SELECT id, publication_date, process_instance_id FROM "
                + db + "period_cycle ORDER BY publication_date");
        assertThat(cycles).hasSize(12);
        List<String> instances = new ArrayList<>();
        int n = 0;
        for (Map<String, Object> cycle : cycles) {
            AppNode node = nodes.get(n++ % 2);
            String instance = (String) cycle.get("process_instance_id");
            if (instance == null) {
                String started = rest(node, "POST", "/engine-rest/process-definition/key/PublicationCycle/start", """
                        {"businessKey":"cycle-%s-TX","variables":{"cycleId":{"value":%d,"type":"Long"},
                         "campaignId":{"value":%d,"type":"Long"},"communeCode":{"value":"TX","type":"String"},
                         "publishAt":{"value":"%s","type":"Date"}}}
                        """.formatted(cycle.get("publication_date").toString().substring(0, 7), cycle.get("id"),
                        campaign, dueAt));
                instance = field("id", started);
            } else {
                rest(node, "PUT", "/engine-rest/process-instance/" + instance + "/variables/publishAt",
                        "{\"value\":\"" + dueAt + "\",\"type\":\"Date\"}");
            }
            instances.add(instance);
        }
        // finalise, review and approve every cycle through one node or the other; aggregation runs on either
        for (int i = 0; i < instances.size(); i++) {
            AppNode node = nodes.get(i % 2);
            complete(node, instances.get(i), "Task_FinaliseData", "{\"coverageBelowTarget\":{\"value\":false,\"type\":\"Boolean\"}}");
        }
        for (int i = 0; i < instances.size(); i++) {
            complete(nodes.get((i + 1) % 2), instances.get(i), "Task_ReviewResults", "{}");
        }
        for (int i = 0; i < instances.size(); i++) {
            complete(nodes.get(i % 2), instances.get(i), "Task_ApprovePublication",
                    "{\"approved\":{\"value\":true,\"type\":\"Boolean\"}}");
        }

        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline && jdbc.queryForObject("SELECT COUNT(*) FROM " + db
                + "ACT_RU_EXECUTION WHERE PROC_DEF_ID_ LIKE 'PublicationCycle:%'", Integer.class) > 0) {
            Thread.sleep(500);
        }
        int publications = jdbc.queryForObject("SELECT COUNT(*) FROM " + db + "period_publication", Integer.class);
        int distinct = jdbc.queryForObject("SELECT COUNT(DISTINCT period_code) FROM " + db + "period_publication",
                Integer.class);
        int reports = jdbc.queryForObject("SELECT COUNT(*) FROM " + db + "period_report", Integer.class);
        int reportProcesses = jdbc.queryForObject("SELECT COUNT(*) FROM " + db + "ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = "
                + "'DistrictReport'", Integer.class);
        int incidents = jdbc.queryForObject("SELECT COUNT(*) FROM " + db + "ACT_RU_INCIDENT", Integer.class);
        List<Map<String, Object>> byNode = jdbc.queryForList("SELECT HOSTNAME_ AS node, COUNT(*) AS jobs FROM " + db
                + "ACT_HI_JOB_LOG WHERE ACT_ID_ = 'Timer_PublicationDate' AND JOB_STATE_ = 2 "
                + "GROUP BY HOSTNAME_ ORDER BY HOSTNAME_");
        List<Map<String, Object>> allByNode = jdbc.queryForList("SELECT HOSTNAME_ AS node, COUNT(*) AS jobs FROM " + db
                + "ACT_HI_JOB_LOG WHERE JOB_STATE_ = 2 GROUP BY HOSTNAME_ ORDER BY HOSTNAME_");
        int failures = jdbc.queryForObject("SELECT COUNT(*) FROM " + db + "ACT_HI_JOB_LOG WHERE JOB_STATE_ = 1",
                Integer.class);
        System.out.printf("two nodes: 12 cycles published at one instant: %d publications (%d periods), %d reports "
                + "(%d processes), publication timers per node %s, all jobs per node %s, failed job attempts %d, "
                + "incidents %d%n", publications, distinct, reports, reportProcesses, byNode, allByNode, failures,
                incidents);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + db + "period_cycle WHERE status = 'PUBLISHED'",
                Integer.class)).isEqualTo(12);
        assertThat(publications).isEqualTo(distinct).isEqualTo(16);
        assertThat(reports).isEqualTo(reportProcesses).isEqualTo(4);
        assertThat(incidents).isZero();
        assertThat(byNode.stream().mapToLong(r -> ((Number) r.get("jobs")).longValue()).sum()).isEqualTo(12);
        // both job executors took part
        assertThat(allByNode).extracting(r -> r.get("node")).containsExactly("node-a", "node-b");
    }

    private void complete(AppNode node, String instance, String taskKey, String variables) throws Exception {
        String list = waitForBody(() -> rest(node, "GET", "/engine-rest/task?processInstanceId=" + instance
                + "&taskDefinitionKey=" + taskKey, null));
        rest(node, "POST", "/engine-rest/task/" + field("id", list) + "/complete", "{\"variables\":" + variables + "}");
    }

    private String rest(AppNode node, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(node.uri(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("admin:demo1234".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 299);
        return response.body();
    }

    private interface Call<T> {
        T call() throws Exception;
    }

    private <T> T waitFor(Call<List<T>> rows) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            List<T> found = rows.call();
            if (!found.isEmpty()) {
                return found.get(0);
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("nothing appeared within a minute");
    }

    private String waitForBody(Call<String> call) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            String body = call.call();
            if (!body.equals("[]")) {
                return body;
            }
            Thread.sleep(300);
        }
        throw new IllegalStateException("no task appeared within a minute");
    }

    private static String field(String name, String json) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }
}
