package vn.khaosat.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.khaosat.SpringTest;
import vn.khaosat.TestCampaigns;
import vn.khaosat.TestClock;
import vn.khaosat.base.AppTime;
import vn.khaosat.plan.Channel;

/**
 * The training clock through its REST API: an administrator reads it and moves it forward, the steps
 * due on the way run (as on the screen), it never moves back, and nobody else may touch it.
 */
@SpringTest
class TrainingClockApiIT {

    @LocalServerPort
    int port;
    @Autowired
    TestCampaigns campaigns;
    @Autowired
    RuntimeService runtime;
    @Autowired
    Clock clock;
    final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void cleanUp() {
        campaigns.deleteAll();
        ClockUtil.reset();
    }

    @Test
    void an_admin_reads_the_clock_and_moves_it_to_the_cut_off_where_the_period_work_opens() throws Exception {
        TestClock.set(2024, 1, 5, 9, 0);
        campaigns.run("TX", "TT4-3M", Set.of(Channel.PAPER));

        HttpResponse<String> read = send("GET", "admin", null, "vi");
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(read.body()).contains("\"now\":\"2024-01-05T09:00:00+07:00\"",
                "\"nextCutOff\":\"2024-01-15T07:00:00+07:00\"", "\"nextPublication\":\"2024-01-28T08:00:00+07:00\"",
                "Hết hạn chốt số liệu");

        HttpResponse<String> moved = send("POST", "admin", "{\"instant\":\"2024-01-15T07:00:00+07:00\"}", "vi");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertThat(moved.body()).contains("\"now\":\"2024-01-15T07:00:0", "\"failed\":0").doesNotContain("\"ran\":0");
        Instant at = ZonedDateTime.of(2024, 1, 15, 7, 0, 0, 0, AppTime.ZONE).toInstant();
        // time goes on from there, as a real day would
        assertThat(clock.instant()).isBetween(at, at.plusSeconds(60));
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("cycle-2024-01-TX").count()).isOne();
    }

    @Test
    void it_only_moves_forward_and_says_why_in_the_callers_language() throws Exception {
        TestClock.set(2024, 3, 1, 9, 0);
        Instant before = clock.instant();

        HttpResponse<String> back = send("POST", "admin", "{\"instant\":\"2024-02-01T09:00:00+07:00\"}", "vi");
        assertThat(back.statusCode()).isEqualTo(400);
        assertThat(back.body()).contains("chỉ chuyển tới phía trước");
        HttpResponse<String> same = send("POST", "admin", "{\"instant\":\"2024-03-01T09:00:00+07:00\"}", "en");
        assertThat(same.statusCode()).isEqualTo(400);
        assertThat(same.body()).contains("only moves forward");
        for (String bad : new String[] {"{}", "{\"instant\":\"next week\"}", "{\"instant\":\"2024-03-05T09:00:00\"}",
                "not json", "{\"instant\":42}", "{\"instant\":null}", ""}) {
            HttpResponse<String> refused = send("POST", "admin", bad, "vi");
            assertThat(refused.statusCode()).as(bad + " → " + refused.body()).isEqualTo(400);
            assertThat(refused.body()).as(bad).contains("Hãy gửi thời điểm cần chuyển đến, có múi giờ");
        }
        assertThat(clock.instant()).isEqualTo(before);
    }

    @Test
    void only_an_administrator_may_read_or_move_it() throws Exception {
        TestClock.set(2024, 3, 1, 9, 0);
        Instant before = clock.instant();
        for (String user : new String[] {"canbo.tx", "chutich.tx", "noivu.ts"}) {
            HttpResponse<String> read = send("GET", user, null, "vi");
            assertThat(read.statusCode()).as(user).isEqualTo(403);
            assertThat(read.body()).contains("Chỉ quản trị hệ thống được dùng đồng hồ đào tạo");
            HttpResponse<String> move = send("POST", user, "{\"instant\":\"2024-12-01T09:00:00+07:00\"}", "en");
            assertThat(move.statusCode()).as(user).isEqualTo(403);
            assertThat(move.body()).contains("Only administrators may use the training clock");
        }
        assertThat(send("POST", null, "{\"instant\":\"2024-12-01T09:00:00+07:00\"}", "vi").statusCode())
                .isEqualTo(401);
        assertThat(clock.instant()).isEqualTo(before);
    }

    @Test
    void it_is_documented_in_the_openapi_description() throws Exception {
        HttpResponse<String> docs = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/v3/api-docs")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/v1/training-clock", "Đồng hồ đào tạo");
    }

    private HttpResponse<String> send(String method, String user, String body, String language) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/training-clock")).header("Accept-Language", language)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":demo1234").getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
