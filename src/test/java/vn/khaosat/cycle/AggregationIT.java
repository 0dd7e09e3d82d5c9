package vn.khaosat.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.khaosat.SpringTest;
import vn.khaosat.TestCampaigns;
import vn.khaosat.TestResponses;
import vn.khaosat.base.AppTime;
import vn.khaosat.plan.CampaignService;
import vn.khaosat.plan.Channel;
import vn.khaosat.plan.Period;
import vn.khaosat.plan.PeriodType;
import vn.khaosat.plan.PublicationCalendar;
import vn.khaosat.plan.RunningCampaign;

/**
 * Source 000's published table (Thị trấn Bình Dương, first six months of 2024) rebuilt from
 * responses: the aggregation must give back every count of the fixture.
 */
@SpringTest
class AggregationIT {

    /** the fixture's field names → our field codes */
    static final Map<String, String> FIELDS = Map.of("Tư pháp – hộ tịch", "TP-HT", "Văn hóa – xã hội", "VHXH",
            "Địa chính", "DC-XD-MT");

    @Autowired
    AggregationService aggregation;
    @Autowired
    CampaignService campaignService;
    @Autowired
    TestCampaigns campaigns;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void campaignOfBinhDuong() {
        ClockUtil.setCurrentTime(java.util.Date.from(ZonedDateTime.of(2024, 1, 5, 9, 0, 0, 0, AppTime.ZONE).toInstant()));
        campaigns.run("BD", "TT4-3M", Set.of(Channel.PAPER));
    }

    @AfterEach
    void cleanUp() {
        campaigns.deleteAll();
        ClockUtil.reset();
    }

    @Test
    void the_six_month_figures_of_source_000_come_back_from_its_responses() throws Exception {
        RunningCampaign campaign = campaignService.runningCampaign("BD", 2024).orElseThrow();
        List<String[]> fixture = fixture();
        insertResponses(campaign, fixture);
        // a response just outside the window must not count
        insertResponse(campaign, "TP-HT", LocalDate.of(2024, 6, 15), new int[] {3, 3, 3, 3});

        Period sixMonths = PublicationCalendar.publishing(PublicationCalendar.of(2024, 14), PeriodType.SIX_MONTHS).get(0)
                .periods().stream().filter(p -> p.type() == PeriodType.SIX_MONTHS).findFirst().orElseThrow();
        PeriodResults results = aggregation.aggregate(campaign, sixMonths);

        assertThat(results.periodCode()).isEqualTo("2024-H1");
        assertThat(results.levelLabels()).containsExactly("Rất hài lòng", "Hài lòng", "Không hài lòng");
        assertThat(results.responses()).isEqualTo(280);
        for (String[] row : fixture) {
            PeriodResults.FieldResult field = results.fields().stream()
                    .filter(f -> f.fieldCode().equals(FIELDS.get(row[0]))).findFirst().orElseThrow();
            PeriodResults.CriterionResult criterion = field.criteria().stream()
                    .filter(c -> c.text().equals(row[1])).findFirst().orElseThrow();
            assertThat(criterion.levelCounts()).as(row[0] + " / " + row[1])
                    .containsExactly(Integer.parseInt(row[2]), Integer.parseInt(row[3]), Integer.parseInt(row[4]));
            assertThat(field.responses()).isEqualTo(Integer.parseInt(row[6]));
            assertThat(field.responsesByChannel()).containsEntry("PAPER", Integer.parseInt(row[6]));
        }
        assertThat(results.overallRate()).isCloseTo(100.0, within(1e-9));
    }

    @Test
    void rates_follow_the_answers_with_dissatisfied_ones() {
        RunningCampaign campaign = campaignService.runningCampaign("BD", 2024).orElseThrow();
        insertResponse(campaign, "VHXH", LocalDate.of(2024, 2, 1), new int[] {1, 1, 3, 1});
        insertResponse(campaign, "VHXH", LocalDate.of(2024, 2, 2), new int[] {2, 3, 3, 1});
        insertResponse(campaign, "TP-HT", LocalDate.of(2024, 2, 3), new int[] {3, 3, 3, 3});

        Period february = PublicationCalendar.of(2024, 14).get(1).periods().get(0);
        PeriodResults results = aggregation.aggregate(campaign, february);

        PeriodResults.FieldResult culture = results.fields().stream().filter(f -> f.fieldCode().equals("VHXH"))
                .findFirst().orElseThrow();
        assertThat(culture.criteria()).extracting(PeriodResults.CriterionResult::rate)
                .containsExactly(100.0, 50.0, 0.0, 100.0);
        assertThat(culture.rate()).isCloseTo(62.5, within(1e-9));
        // overall: criteria over all fields (2/3, 1/3, 0/3, 2/3), then their mean
        assertThat(results.overallRate()).isCloseTo((200.0 / 3 + 100.0 / 3 + 0 + 200.0 / 3) / 4, within(1e-9));
        assertThat(results.fields().stream().filter(f -> f.fieldCode().equals("DC-XD-MT")).findFirst().orElseThrow()
                .rate()).isNull();
    }

    private void insertResponses(RunningCampaign campaign, List<String[]> fixture) {
        Map<String, List<String[]>> byField = new LinkedHashMap<>();
        fixture.forEach(row -> byField.computeIfAbsent(row[0], f -> new ArrayList<>()).add(row));
        for (Map.Entry<String, List<String[]>> field : byField.entrySet()) {
            int forms = Integer.parseInt(field.getValue().get(0)[6]);
            for (int i = 0; i < forms; i++) {
                int[] levels = new int[4];
                for (int c = 0; c < 4; c++) {
                    String[] row = field.getValue().get(c);
                    int veryGood = Integer.parseInt(row[2]);
                    int good = Integer.parseInt(row[3]);
                    levels[c] = i < veryGood ? 1 : i < veryGood + good ? 2 : 3;
                }
                insertResponse(campaign, FIELDS.get(field.getKey()), LocalDate.of(2024, 1, 2).plusDays(i % 150), levels);
            }
        }
    }

    private void insertResponse(RunningCampaign campaign, String fieldCode, LocalDate givenOn, int[] levels) {
        TestResponses.insert(jdbc, campaign, fieldCode, givenOn, levels);
    }

    private static List<String[]> fixture() throws Exception {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                AggregationIT.class.getResourceAsStream("/fixtures/binh-duong-2024-h1.csv"), StandardCharsets.UTF_8))) {
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    rows.add(line.split(","));
                }
            }
        }
        return rows;
    }
}
