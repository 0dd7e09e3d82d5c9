package vn.khaosat.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.khaosat.SpringTest;
import vn.khaosat.TestCampaigns;
import vn.khaosat.TestClock;
import vn.khaosat.plan.Channel;

/**
 * MariaDB stopped for a few seconds under a kiosk's submissions: the application recovers on its
 * own (the pool replaces its dead connections), an answer sent meanwhile is stored once, and its
 * resend is recognised.
 */
@SpringTest
class DatabaseOutageIT {

    @LocalServerPort
    int port;
    @Autowired
    TestCampaigns campaigns;
    @Autowired
    JdbcTemplate jdbc;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    String token;

    @BeforeEach
    void kioskOfTayXuan() {
        TestClock.set(2024, 3, 10, 9, 0);
        campaigns.run("TX", "TT4-3M", Set.of(Channel.KIOSK));
        token = campaigns.registerKiosk("TX", "Kiosk quầy 2");
    }

    @AfterEach
    void cleanUp() {
        campaigns.deleteAll();
        ClockUtil.reset();
    }

    @Test
    void the_database_away_for_four_seconds_loses_nothing_and_the_app_recovers_by_itself() throws Exception {
        assertThat(submit(UUID.randomUUID().toString()).statusCode()).isEqualTo(201);

        String during = UUID.randomUUID().toString();
        EmbeddedMariaDb.stopForOutage();
        long stoppedAt = System.currentTimeMillis();
        CompletableFuture<Void> back = CompletableFuture.runAsync(() -> {
            try {
                Thread.sleep(4_000);
                EmbeddedMariaDb.startAfterOutage();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        HttpResponse<String> sentDuring = submit(during);
        long answeredAfter = System.currentTimeMillis() - stoppedAt;
        back.get();
        // either the pool waited for the database (201), or the kiosk was told to send again (503)
        assertThat(sentDuring.statusCode()).isIn(201, 503);
        if (sentDuring.statusCode() == 503) {
            assertThat(sentDuring.body()).contains("gửi lại");
            assertThat(sentDuring.headers().firstValue("Retry-After")).isPresent();
        }
        HttpResponse<String> resent = submit(during);
        assertThat(resent.statusCode()).isIn(200, 201);
        assertThat(submit(during).statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM survey_response WHERE client_id = ?", Integer.class, during))
                .isEqualTo(1);
        assertThat(submit(UUID.randomUUID().toString()).statusCode()).isEqualTo(201);
        System.out.printf("outage: database stopped 4 s; the answer sent meanwhile got %d after %d ms, its resend %d; "
                + "stored once%n", sentDuring.statusCode(), answeredAfter, resent.statusCode());
    }

    private HttpResponse<String> submit(String clientId) throws Exception {
        String body = "{\"fieldCode\":\"TP-HT\",\"clientId\":\"" + clientId + "\",\"answers\":[{\"criterion\":1,"
                + "\"level\":1},{\"criterion\":2,\"level\":1},{\"criterion\":3,\"level\":2},{\"criterion\":4,\"level\":1}]}";
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/responses"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .header("X-Kiosk-Token", token).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
