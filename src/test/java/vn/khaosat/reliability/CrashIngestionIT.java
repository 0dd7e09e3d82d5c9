package vn.khaosat.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.khaosat.SpringTest;

/**
 * Crash during ingestion: kiosk submissions from several client threads, the application killed
 * with SIGKILL mid-stream, restarted, everything not acknowledged sent again with the same
 * idempotency ids: every acknowledged response is stored exactly once and the counts match the
 * clients' ledger.
 */
@SpringTest
class CrashIngestionIT {

    static final String DATABASE = "khaosat_crash";
    static final int THREADS = 6;

    @Autowired
    JdbcTemplate jdbc;
    @Value("${spring.datasource.url}")
    String testUrl;

    AppNode node;

    @AfterEach
    void cleanUp() throws Exception {
        if (node != null) {
            node.stop();
        }
        jdbc.execute("DROP DATABASE IF EXISTS " + DATABASE);
    }

    @Test
    void acknowledged_responses_survive_a_kill_dash_nine_once_each() throws Exception {
        jdbc.execute("DROP DATABASE IF EXISTS " + DATABASE);
        jdbc.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        String url = testUrl.substring(0, testUrl.lastIndexOf('/') + 1) + DATABASE;
        node = new AppNode("crash", url).start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        String questionnaire = waitForCampaign(http);
        String field = firstMatch("\"code\":\"([^\"]+)\"", questionnaire);
        int criteria = countMatches("\"criterion\":", questionnaire);

        Set<String> sent = ConcurrentHashMap.newKeySet();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicBoolean sending = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(THREADS);
        for (int t = 0; t < THREADS; t++) {
            clients.submit(() -> {
                while (sending.get()) {
                    String clientId = UUID.randomUUID().toString();
                    sent.add(clientId);
                    if (submit(http, clientId, field, criteria) / 100 == 2) {
                        acknowledged.add(clientId);
                    }
                }
                return null;
            });
        }
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (acknowledged.size() < 300 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        if (acknowledged.size() < 300) {
            sending.set(false);
            clients.shutdownNow();
            throw new AssertionError("only " + acknowledged.size() + " of 300 responses acknowledged in 3 minutes");
        }
        node.kill();
        sending.set(false);
        clients.shutdown();
        assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        int acknowledgedBeforeCrash = acknowledged.size();
        int stored = jdbc.queryForObject("SELECT COUNT(*) FROM " + DATABASE + ".survey_response", Integer.class);

        node.start();
        List<String> unacknowledged = new ArrayList<>(sent);
        unacknowledged.removeAll(acknowledged);
        int resent = 0;
        for (String clientId : unacknowledged) {
            assertThat(submit(http, clientId, field, criteria) / 100).as("resend " + clientId).isEqualTo(2);
            acknowledged.add(clientId);
            resent++;
        }
        // a retry of something already acknowledged is answered, not stored again
        String again = acknowledged.iterator().next();
        assertThat(submit(http, again, field, criteria)).isEqualTo(200);

        int rows = jdbc.queryForObject("SELECT COUNT(*) FROM " + DATABASE + ".survey_response", Integer.class);
        int distinct = jdbc.queryForObject("SELECT COUNT(DISTINCT client_id) FROM " + DATABASE + ".survey_response",
                Integer.class);
        List<String> storedIds = jdbc.queryForList("SELECT client_id FROM " + DATABASE + ".survey_response", String.class);
        System.out.printf("crash: sent %d, acknowledged before the kill %d, rows at the kill %d, resent %d, "
                + "stored %d (distinct %d)%n", sent.size(), acknowledgedBeforeCrash, stored, resent, rows, distinct);
        assertThat(stored).isGreaterThanOrEqualTo(acknowledgedBeforeCrash);
        assertThat(rows).isEqualTo(distinct).isEqualTo(sent.size());
        assertThat(storedIds).containsExactlyInAnyOrderElementsOf(sent);
        // every answer of every response is there too
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + DATABASE + ".response_answer", Integer.class))
                .isEqualTo(rows * criteria);
    }

    private String waitForCampaign(HttpClient http) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(node.uri("/api/v1/kiosk/questionnaire"))
                    .header("X-Kiosk-Token", "demo-kiosk-tx").GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                return response.body();
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the demo campaign never started");
    }

    private int submit(HttpClient http, String clientId, String field, int criteria) {
        StringBuilder answers = new StringBuilder();
        for (int c = 1; c <= criteria; c++) {
            answers.append(c == 1 ? "" : ",").append("{\"criterion\":").append(c).append(",\"level\":1}");
        }
        String body = "{\"fieldCode\":\"" + field + "\",\"clientId\":\"" + clientId + "\",\"answers\":[" + answers + "]}";
        try {
            return http.send(HttpRequest.newBuilder(node.uri("/api/v1/responses")).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json").header("X-Kiosk-Token", "demo-kiosk-tx")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (Exception connectionLost) {
            return 0;
        }
    }

    private static String firstMatch(String regex, String text) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + regex + " in " + text);
        }
        return m.group(1);
    }

    private static int countMatches(String literal, String text) {
        return text.split(Pattern.quote(literal), -1).length - 1;
    }
}
