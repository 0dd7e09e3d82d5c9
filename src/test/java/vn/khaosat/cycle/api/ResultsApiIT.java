package vn.khaosat.cycle.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import vn.khaosat.SpringTest;
import vn.khaosat.TestCampaigns;
import vn.khaosat.TestClock;
import vn.khaosat.TestCycles;
import vn.khaosat.TestResponses;
import vn.khaosat.base.AppTime;
import vn.khaosat.cycle.Narrative;
import vn.khaosat.cycle.PeriodResults;
import vn.khaosat.cycle.PublicationService;
import vn.khaosat.cycle.ResultsDocumentTable;
import vn.khaosat.plan.CampaignService;
import vn.khaosat.plan.Channel;
import vn.khaosat.plan.RunningCampaign;

/**
 * Open data: Tây Xuân publishes March 2024 (and quarter I); Bình Dương has responses but publishes
 * nothing. Anyone reads Tây Xuân's figures as JSON or CSV, equal to the frozen publication; nothing
 * of Bình Dương is served.
 */
@SpringTest
class ResultsApiIT {

    @Autowired
    TestCampaigns campaigns;
    @Autowired
    TestCycles cycles;
    @Autowired
    CampaignService campaignService;
    @Autowired
    PublicationService publications;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void marchIsPublishedInTayXuanOnly() {
        TestClock.set(2024, 3, 16, 9, 0);
        campaigns.run("TX", "TT4-3M", Set.of(Channel.PAPER));
        campaigns.run("BD", "TT4-3M", Set.of(Channel.PAPER));
        cycles.openDueWork("TX", 2024);
        cycles.openDueWork("BD", 2024);
        RunningCampaign tx = campaignService.runningCampaign("TX", 2024).orElseThrow();
        TestResponses.insert(jdbc, tx, "TP-HT", LocalDate.of(2024, 2, 20), 1, 1, 2, 3);
        TestResponses.insert(jdbc, tx, "VHXH", LocalDate.of(2024, 3, 5), 1, 2, 2, 2);
        RunningCampaign bd = campaignService.runningCampaign("BD", 2024).orElseThrow();
        TestResponses.insert(jdbc, bd, "TP-HT", LocalDate.of(2024, 3, 1), 1, 1, 1, 1);
        cycles.publish("TX", "2024-03", new Narrative("Tốt", "Không", "Tiếp tục"),
                ZonedDateTime.of(2024, 3, 28, 8, 0, 0, 0, AppTime.ZONE));
    }

    @AfterEach
    void cleanUp() {
        campaigns.deleteAll();
        ClockUtil.reset();
    }

    @Test
    void anyone_reads_the_published_figures_as_json_equal_to_the_publication() throws Exception {
        HttpResponse<String> response = get("/api/v1/results?commune=tx&year=2024", "application/json", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("max-age"));
        JsonNode periods = json.readTree(response.body());
        assertThat(periods).extracting(p -> p.get("periodCode").asText()).containsExactlyInAnyOrder("2024-03", "2024-Q1");

        PeriodResults march = publications.published("TX", "2024-03").orElseThrow().results();
        JsonNode shown = periods.findParents("periodCode").stream()
                .filter(p -> p.get("periodCode").asText().equals("2024-03")).findFirst().orElseThrow();
        assertThat(shown.get("responses").asInt()).isEqualTo(march.responses()).isEqualTo(2);
        assertThat(shown.get("overallRate").asDouble()).isEqualTo(march.overallRate());
        assertThat(shown.get("publicationDate").asText()).isEqualTo("2024-03-28");
        JsonNode justice = shown.get("fields").get(0);
        assertThat(justice.get("code").asText()).isEqualTo("TP-HT");
        // criterion 4 of Tư pháp: one "Không hài lòng"
        JsonNode overall = justice.get("criteria").get(3);
        assertThat(overall.get("levels")).extracting(l -> l.get("label").asText() + "=" + l.get("count").asInt())
                .containsExactly("Rất hài lòng=0", "Hài lòng=0", "Không hài lòng=1");

        // frozen figures: the same ETag gives 304 without a body
        String etag = response.headers().firstValue("ETag").orElseThrow();
        assertThat(get("/api/v1/results?commune=tx&year=2024", "application/json", etag).statusCode()).isEqualTo(304);
        // only March, by its code or by its kind
        assertThat(json.readTree(get("/api/v1/results?commune=TX&period=M", "application/json", null).body()))
                .hasSize(1);
        assertThat(json.readTree(get("/api/v1/results?commune=TX&period=2024-Q1", "application/json", null).body()))
                .hasSize(1);
    }

    @Test
    void the_csv_opens_in_excel_with_vietnamese_and_has_a_line_per_field_criterion_and_level() throws Exception {
        HttpResponse<String> response = get("/api/v1/results?commune=TX&period=2024-03", "text/csv", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
        String body = response.body();
        assertThat(body).startsWith("\uFEFFcommune_code,commune_name,period_code");
        List<String> lines = body.lines().skip(1).toList();
        // the plan's 3 fields (one without answers) × 4 criteria × 3 levels
        assertThat(lines).hasSize(36);
        assertThat(lines).anyMatch(l -> l.startsWith("TX,Xã Tây Xuân,2024-03,tháng 3/2024,2024-03-28,TP-HT,Tư pháp – hộ tịch,1,")
                && l.contains(",4,Đánh giá chung về quá trình giải quyết TTHC,Không hài lòng,1,"));
    }

    @Test
    void the_public_pages_link_gives_the_csv_to_a_browser() throws Exception {
        HttpResponse<String> response = get("/api/v1/results.csv?commune=TX&period=2024-Q1",
                "text/html,application/xhtml+xml,*/*;q=0.8", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("\uFEFFcommune_code").contains("TX,Xã Tây Xuân,2024-Q1,quý I/2024");
    }

    @Test
    void nothing_unpublished_is_served() throws Exception {
        assertThat(json.readTree(get("/api/v1/results?commune=BD", "application/json", null).body())).isEmpty();
        assertThat(get("/api/v1/results?commune=BD", "text/csv", null).body().lines().count()).isEqualTo(1);
        assertThat(json.readTree(get("/api/v1/results?commune=KHONG-CO", "application/json", null).body())).isEmpty();
    }

    @Test
    void a_districts_results_hold_its_communes_published_periods_only() throws Exception {
        JsonNode periods = json.readTree(get("/api/v1/results?district=ts&year=2024", "application/json", null).body());
        assertThat(periods).extracting(p -> p.get("communeCode").asText() + " " + p.get("periodCode").asText())
                .containsExactlyInAnyOrder("TX 2024-03", "TX 2024-Q1");
        String csv = get("/api/v1/results.csv?district=TS&period=2024-03", "text/csv", null).body();
        assertThat(csv.lines().skip(1)).hasSize(36).allMatch(l -> l.startsWith("TX,"));
        // a commune is no district: nothing under it
        assertThat(json.readTree(get("/api/v1/results?district=TX", "application/json", null).body())).isEmpty();
    }

    @Test
    void the_apis_numbers_are_the_public_pages_and_the_notices() throws Exception {
        JsonNode march = json.readTree(get("/api/v1/results?commune=TX&period=2024-03", "application/json", null).body())
                .get(0);
        PeriodResults published = publications.published("TX", "2024-03").orElseThrow().results();
        // the notice's table (PDF posted at the one-stop, report annex): a row per field and criterion
        List<List<String>> documentRows = ResultsDocumentTable.rows(published);
        List<List<String>> apiRows = new java.util.ArrayList<>();
        int number = 0;
        for (JsonNode field : march.get("fields")) {
            number++;
            boolean first = true;
            for (JsonNode criterion : field.get("criteria")) {
                List<String> row = new java.util.ArrayList<>();
                row.add(first ? String.valueOf(number) : "");
                row.add(first ? field.get("name").asText() : "");
                row.add(criterion.get("text").asText());
                int answers = 0;
                for (JsonNode level : criterion.get("levels")) {
                    row.add(level.get("count").asText());
                    answers += level.get("count").asInt();
                }
                row.add(answers == 0 ? "" : "Hài lòng " + ResultsDocumentTable.percent(criterion.get("rate").asDouble()));
                apiRows.add(row);
                first = false;
            }
        }
        assertThat(apiRows).isEqualTo(documentRows);
        assertThat(march.get("overallRate").asDouble()).isEqualTo(published.overallRate());

        String notice = new PdfTextExtractor(new PdfReader(publications.notice("TX", LocalDate.of(2024, 3, 28))
                .orElseThrow())).getTextFromPage(1).replaceAll("\\s+", " ");
        for (List<String> row : documentRows) {
            if (!row.get(row.size() - 1).isEmpty()) {
                assertThat(notice).contains(row.get(row.size() - 1));
            }
        }
    }

    @Test
    void a_request_the_api_cannot_answer_is_refused_in_the_callers_language_and_nothing_is_served() throws Exception {
        HttpResponse<String> both = get("/api/v1/results?commune=TX&district=TS", "application/json", null);
        assertThat(both.statusCode()).isEqualTo(400);
        assertThat(json.readTree(both.body()).get("message").asText())
                .isEqualTo("Hãy cho biết một xã (commune) hoặc một huyện (district), không cả hai.");
        HttpResponse<String> none = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/results")).header("Accept-Language", "en").GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(json.readTree(none.body()).get("message").asText()).isEqualTo("Give one commune or one district, not both.");
        assertThat(get("/api/v1/results?commune=TX&year=3000", "application/json", null).statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/results?commune=TX&year=hai-nghin", "application/json", null).statusCode()).isEqualTo(400);
    }

    private HttpResponse<String> get(String path, String accept, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", accept).GET();
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
