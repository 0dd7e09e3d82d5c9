package vn.khaosat.report.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.khaosat.Login;
import vn.khaosat.SpringTest;
import vn.khaosat.TestCampaigns;
import vn.khaosat.TestDistrict;
import vn.khaosat.plan.PeriodType;
import vn.khaosat.report.ConsolidatedTable;
import vn.khaosat.report.DistrictService;

/**
 * Open data: Huyện Tây Sơn's consolidated table of quarter I 2024 (Tây Xuân and Bình Dương published,
 * Tây Phú not) for anyone, equal to the table of the district's documents; nothing else.
 */
@SpringTest
class ConsolidatedApiIT {

    @Autowired
    TestDistrict fixture;
    @Autowired
    TestCampaigns campaigns;
    @Autowired
    DistrictService district;
    @Autowired
    UserDetailsService users;
    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void quarterOne() {
        fixture.quarterOneSentToTheDistrict();
    }

    @AfterEach
    void cleanUp() {
        campaigns.deleteAll();
        ClockUtil.reset();
        Login.out();
    }

    @Test
    void anyone_reads_the_districts_table_as_its_reviewer_downloads_it() throws Exception {
        HttpResponse<String> response = get("/api/v1/consolidated?district=ts&period=2024-Q1", "application/json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("ETag")).isPresent();
        JsonNode table = json.readTree(response.body());
        assertThat(table.get("periodCode").asText()).isEqualTo("2024-Q1");
        assertThat(table.get("title").asText()).contains("quý I/2024", "(2/3 xã đã công bố)");

        // the reviewer's XLSX and DOCX are rendered from this table
        Login.as(users, "noivu.ts");
        ConsolidatedTable documents = district.consolidated("TS", 2024, PeriodType.QUARTER_I);
        List<List<String>> served = new ArrayList<>();
        table.get("lines").forEach(line -> {
            List<String> cells = new ArrayList<>();
            line.get("cells").forEach(c -> cells.add(c.asText()));
            served.add(cells);
        });
        assertThat(served).isEqualTo(documents.lines().stream().map(ConsolidatedTable.Line::cells).toList());
        assertThat(served).extracting(l -> l.get(0)).doesNotContain("Xã Tây Phú");

        // the same as CSV, the year given apart
        String csv = get("/api/v1/consolidated.csv?district=TS&year=2024&period=Q1", "text/csv").body();
        assertThat(csv).startsWith("\uFEFFĐơn vị,Lĩnh vực,Rất hài lòng");
        assertThat(csv.lines().skip(1)).hasSize(documents.lines().size());
        assertThat(csv).contains("Cộng,Tư pháp – hộ tịch,19,1,4,6,\"83,3%\"");
    }

    @Test
    void a_period_not_reported_a_commune_or_an_unknown_unit_gets_nothing() throws Exception {
        HttpResponse<String> month = get("/api/v1/consolidated?district=TS&period=2024-03", "application/json");
        assertThat(month.statusCode()).isEqualTo(400);
        assertThat(json.readTree(month.body()).get("message").asText())
                .isEqualTo("Kỳ báo cáo phải là Q1, H1, Q3 hoặc Y của một năm, ví dụ 2026-Q1.");
        assertThat(get("/api/v1/consolidated?district=TS&period=Q1", "application/json").statusCode())
                .as("a kind without a year").isEqualTo(400);
        assertThat(get("/api/v1/consolidated?period=2024-Q1", "application/json").statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/consolidated?district=TX&period=2024-Q1", "application/json").statusCode())
                .isEqualTo(404);
        assertThat(get("/api/v1/consolidated?district=KHONG-CO&period=2024-Q1", "application/json").statusCode())
                .isEqualTo(404);
        // the year not published yet: the table is there, with nobody in it
        JsonNode later = json.readTree(get("/api/v1/consolidated?district=TS&period=2024-H1", "application/json").body());
        assertThat(later.get("title").asText()).contains("(0/3 xã đã công bố)");
        assertThat(later.get("lines")).allSatisfy(l -> assertThat(l.get("cells").get(0).asText()).isIn("Tổng cộng", ""));
    }

    @Test
    void the_open_data_is_described_by_openapi_with_examples() throws Exception {
        JsonNode docs = json.readTree(get("/v3/api-docs", "application/json").body());
        JsonNode results = docs.at("/paths/~1api~1v1~1results/get");
        assertThat(results.get("parameters")).extracting(p -> p.get("name").asText())
                .contains("commune", "district", "year", "period");
        assertThat(results.at("/responses/200/content/application~1json/examples").fieldNames()).toIterable()
                .containsExactly("quý I/2026 của Xã Tây Xuân");
        assertThat(results.at("/responses/429/description").asText()).contains("too many requests");
        JsonNode consolidated = docs.at("/paths/~1api~1v1~1consolidated/get");
        assertThat(consolidated.at("/responses/200/content/application~1json/examples/quý I~12026 của Huyện Tây Sơn/value")
                .isMissingNode()).isFalse();
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", accept)
                .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
