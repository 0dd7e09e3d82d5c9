package vn.khaosat.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.khaosat.Login;
import vn.khaosat.SpringTest;
import vn.khaosat.TestCampaigns;
import vn.khaosat.TestClock;
import vn.khaosat.collection.api.ResponseApi;
import vn.khaosat.plan.CampaignService;
import vn.khaosat.plan.Channel;
import vn.khaosat.plan.PublicationCalendar;

/**
 * Ratings a device queued and sends later: the day is the device's, corrected by its clock skew;
 * a day whose period is published counts in today's period; a day no open window takes is kept for
 * staff; every resend counts once. Server time: 10/03/2024 09:00 in Vietnam (02:00 UTC).
 */
@SpringTest
class QueuedRatingApiIT {

    static final Instant NOW = Instant.parse("2024-03-10T02:00:00Z");

    @LocalServerPort
    int port;
    @Autowired
    TestCampaigns campaigns;
    @Autowired
    CampaignService campaignService;
    @Autowired
    KioskService kiosks;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    QueuedRatingService queued;

    final HttpClient http = HttpClient.newHttpClient();
    String token;

    @BeforeEach
    void runningCampaignAndKiosk() {
        TestClock.set(2024, 3, 10, 9, 0);
        campaigns.run("TX", "TT4-3M", Set.of(Channel.KIOSK, Channel.ONLINE));
        token = campaigns.registerKiosk("TX", "Kiosk quầy 1");
    }

    @AfterEach
    void cleanUp() {
        jdbc.update("DELETE FROM kept_rating");
        campaigns.deleteAll();
        ClockUtil.reset();
    }

    @Test
    void a_tablet_ten_hours_behind_rates_on_the_servers_day_and_its_skew_is_recorded() throws Exception {
        // the tablet thinks it is 22:50 on 9/3 (Vietnam) at the rating and 23:00 when it sends
        HttpResponse<String> response = post(kiosk(UUID.randomUUID().toString()), Instant.parse("2024-03-09T15:50:00Z"),
                Instant.parse("2024-03-09T16:00:00Z"), token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.body()).contains("\"outcome\":\"STORED\"");
        assertThat(jdbc.queryForObject("SELECT CONCAT(channel, ' ', given_on, ' ', counted_on) FROM survey_response",
                String.class)).isEqualTo("KIOSK 2024-03-10 2024-03-10");
        assertThat(jdbc.queryForObject("SELECT clock_skew_seconds FROM kiosk", Long.class)).isEqualTo(36_000L);
    }

    @Test
    void a_rating_from_two_days_ago_counts_on_its_day_and_a_resend_counts_once() throws Exception {
        String clientId = UUID.randomUUID().toString();
        Instant answered = Instant.parse("2024-03-08T03:00:00Z");
        HttpResponse<String> first = post(kiosk(clientId), answered, NOW, token);
        HttpResponse<String> again = post(kiosk(clientId), answered, NOW.plusSeconds(600), token);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(again.body()).contains("\"outcome\":\"DUPLICATE\"");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM survey_response", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT CONCAT(given_on, ' ', counted_on) FROM survey_response", String.class))
                .isEqualTo("2024-03-08 2024-03-08");
    }

    @Test
    void a_rating_from_a_published_period_counts_in_todays_open_period() throws Exception {
        var campaign = campaignService.collectingCampaign("TX", LocalDate.of(2024, 3, 10)).orElseThrow();
        LocalDate day = LocalDate.of(2024, 1, 20);
        String period = PublicationCalendar.of(2024, campaign.cutOffDay()).stream().flatMap(p -> p.periods().stream())
                .filter(p -> p.contains(day)).findFirst().orElseThrow().code();
        jdbc.update("INSERT INTO period_publication (campaign_id, commune_code, publication_date, period_code, period_name,"
                + " published_at, late, snapshot) VALUES (?, 'TX', '2024-02-28', ?, ?, '2024-02-28 08:00:00', FALSE, '{}')",
                campaign.id(), period, period);

        HttpResponse<String> response = post(online(UUID.randomUUID().toString()), Instant.parse("2024-01-20T03:00:00Z"),
                NOW, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(jdbc.queryForObject("SELECT CONCAT(channel, ' ', given_on, ' ', counted_on) FROM survey_response",
                String.class)).isEqualTo("ONLINE 2024-01-20 2024-03-10");
    }

    @Test
    void a_rating_older_than_every_open_window_is_kept_for_staff_once_and_counted_nowhere() throws Exception {
        String clientId = UUID.randomUUID().toString();
        Instant answered = Instant.parse("2023-06-01T03:00:00Z");
        HttpResponse<String> first = post(kiosk(clientId), answered, NOW, token);
        HttpResponse<String> again = post(kiosk(clientId), answered, NOW, token);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
        assertThat(first.body()).contains("\"outcome\":\"KEPT\"");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM survey_response", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT CONCAT(commune_code, ' ', channel, ' ', answered_at) FROM kept_rating",
                String.class)).isEqualTo("TX KIOSK 2023-06-01 03:00:00");
        assertThat(jdbc.queryForObject("SELECT payload FROM kept_rating", String.class)).contains(clientId)
                .contains("\"fieldCode\":\"TP-HT\"");
        // sent again by a tablet whose clock has been set right since: still the one kept rating, not a second count
        HttpResponse<String> corrected = post(kiosk(clientId), NOW.minusSeconds(60), NOW, token);
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM survey_response", Integer.class)).isZero();
        assertThat(queued.kept(java.util.List.of("TX"))).singleElement()
                .satisfies(kept -> assertThat(kept.kioskName()).isEqualTo("Kiosk quầy 1"));
    }

    @Test
    void a_rating_counted_before_its_window_closed_is_a_duplicate_when_its_lost_acknowledgement_is_retried_later()
            throws Exception {
        String clientId = UUID.randomUUID().toString();
        assertThat(post(kiosk(clientId), NOW.minusSeconds(60), NOW, token).statusCode()).isEqualTo(201);
        // a year later every window of that day has closed; the tablet still had it queued
        TestClock.set(2025, 3, 10, 9, 0);
        campaignService.forgetRunningCampaigns();
        HttpResponse<String> retry = post(kiosk(clientId), NOW.minusSeconds(60), Instant.parse("2025-03-10T02:00:00Z"), token);
        assertThat(retry.statusCode()).as(retry.body()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM kept_rating", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM survey_response", Integer.class)).isEqualTo(1);
    }

    @Test
    void bad_times_a_missing_client_id_and_a_revoked_kiosk_are_refused_with_a_reason_and_nothing_is_stored()
            throws Exception {
        HttpResponse<String> afterSending = post(kiosk(UUID.randomUUID().toString()), NOW.plusSeconds(3600), NOW, token);
        assertThat(afterSending.statusCode()).isEqualTo(400);
        assertThat(afterSending.body()).contains("Thời điểm đánh giá ghi trên thiết bị muộn hơn thời điểm gửi");
        HttpResponse<String> noTime = send("{\"sentAt\":\"2024-03-10T02:00:00Z\",\"response\":" + kiosk("abcdefgh-1") + "}",
                token);
        assertThat(noTime.statusCode()).isEqualTo(400);
        assertThat(noTime.body()).contains("answeredAt").contains("Không được để trống");
        HttpResponse<String> noClientId = post(kiosk(""), NOW, NOW, token);
        assertThat(noClientId.statusCode()).isEqualTo(400);
        assertThat(noClientId.body()).contains("clientId");

        Login.as(users, "canbo.tx");
        var kiosk = kiosks.kiosks().get(0);
        kiosks.revoke(kiosk.id(), kiosk.version());
        Login.out();
        HttpResponse<String> revoked = post(kiosk(UUID.randomUUID().toString()), NOW, NOW, token);
        assertThat(revoked.statusCode()).isEqualTo(401);
        assertThat(revoked.body()).contains("Thiết bị kiosk chưa được đăng ký hoặc đã bị thu hồi");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM survey_response", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM kept_rating", Integer.class)).isZero();
    }

    private static String kiosk(String clientId) {
        return """
                {"fieldCode":"TP-HT","clientId":"%s",
                 "answers":[{"criterion":1,"level":1},{"criterion":2,"level":1},{"criterion":3,"level":2},{"criterion":4,"level":1}]}
                """.formatted(clientId);
    }

    private static String online(String clientId) {
        return """
                {"communeCode":"TX","fieldCode":"VHXH","channel":"ONLINE","clientId":"%s",
                 "answers":[{"criterion":1,"level":2},{"criterion":2,"level":2},{"criterion":3,"level":2},{"criterion":4,"level":2}]}
                """.formatted(clientId);
    }

    private HttpResponse<String> post(String response, Instant answeredAt, Instant sentAt, String kioskToken)
            throws Exception {
        return send("{\"answeredAt\":\"" + answeredAt + "\",\"sentAt\":\"" + sentAt + "\",\"response\":" + response + "}",
                kioskToken);
    }

    private HttpResponse<String> send(String json, String kioskToken) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/queued-responses"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (kioskToken != null) {
            request.header(ResponseApi.KIOSK_TOKEN, kioskToken);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
