package vn.khaosat.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.khaosat.SpringTest;
import vn.khaosat.TestClock;

/** The staff API over HTTP with Basic authentication: dossier counts in, coverage out, commune staff only. */
@SpringTest
class StaffApiIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void march2024() {
        TestClock.set(2024, 3, 20, 9, 0);
    }

    @AfterEach
    void cleanUp() {
        jdbc.update("DELETE FROM dossier_count");
        ClockUtil.reset();
    }

    @Test
    void staff_import_counts_and_read_coverage_and_nobody_else_can() throws Exception {
        String boundary = "----khaosat";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"mot-cua.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\nTháng,Lĩnh vực,Số hồ sơ\r\n03/2024,TP-HT,40\r\n\r\n--" + boundary + "--\r\n";
        HttpRequest upload = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/staff/dossier-counts"))
                .header("Authorization", basic("canbo.tx"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        HttpResponse<String> imported = http.send(upload, HttpResponse.BodyHandlers.ofString());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(imported.body()).contains("\"rowsStored\":1", "\"stored\":true");

        HttpResponse<String> coverage = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/staff/coverage/2024"))
                .header("Authorization", basic("canbo.tx")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(coverage.statusCode()).isEqualTo(200);
        assertThat(coverage.body()).contains("\"fieldCode\":\"TP-HT\"", "\"dossiers\":40", "\"target\":80");

        HttpResponse<String> leader = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/staff/coverage/2024"))
                .header("Authorization", basic("chutich.tx")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(leader.statusCode()).isEqualTo(403);
        assertThat(leader.body()).contains("Chỉ cán bộ xã được dùng chức năng này");
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/staff/coverage/2024")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo1234").getBytes(StandardCharsets.UTF_8));
    }
}
