package vn.khaosat.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Set;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.khaosat.Source000;
import vn.khaosat.SpringTest;
import vn.khaosat.TestCampaigns;
import vn.khaosat.TestClock;
import vn.khaosat.TestResponses;
import vn.khaosat.plan.CampaignService;
import vn.khaosat.plan.Channel;
import vn.khaosat.plan.Period;
import vn.khaosat.plan.PeriodType;
import vn.khaosat.plan.Publication;
import vn.khaosat.plan.PublicationCalendar;
import vn.khaosat.plan.RunningCampaign;

/**
 * Source 000's published table (Thị trấn Bình Dương, first six months of 2024) rebuilt from
 * responses: the aggregation must give back every count of the fixture.
 */
@SpringTest
class AggregationIT {

    @Autowired
    AggregationService aggregation;
    @Autowired
    CampaignService campaignService;
    @Autowired
    TestCampaigns campaigns;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PublicationService publications;

    @BeforeEach
    void campaignOfBinhDuong() {
        TestClock.set(2024, 1, 5, 9, 0);
        campaigns.run("BD", "TT4-3M", Set.of(Channel.PAPER));
    }

    @AfterEach
    void cleanUp() {
        campaigns.deleteAll();
        ClockUtil.reset();
    }

    @Test
    void the_six_month_figures_of_source_000_come_back_from_its_responses() {
        RunningCampaign campaign = campaignService.runningCampaign("BD", 2024).orElseThrow();
        Source000.insert(jdbc, campaign);
        // a response just outside the window must not count
        insertResponse(campaign, "TP-HT", LocalDate.of(2024, 6, 15), new int[] {3, 3, 3, 3});

        Period sixMonths = PublicationCalendar.publishing(PublicationCalendar.of(2024, 14), PeriodType.SIX_MONTHS).get(0)
                .periods().stream().filter(p -> p.type() == PeriodType.SIX_MONTHS).findFirst().orElseThrow();
        PeriodResults results = aggregation.aggregate(campaign, sixMonths);

        assertThat(results.periodCode()).isEqualTo("2024-H1");
        assertThat(results.levelLabels()).containsExactly("Rất hài lòng", "Hài lòng", "Không hài lòng");
        assertThat(results.responses()).isEqualTo(280);
        for (Source000.Row row : Source000.rows()) {
            PeriodResults.FieldResult field = results.fields().stream()
                    .filter(f -> f.fieldCode().equals(row.fieldCode())).findFirst().orElseThrow();
            PeriodResults.CriterionResult criterion = field.criteria().stream()
                    .filter(c -> c.text().equals(row.criterion())).findFirst().orElseThrow();
            assertThat(criterion.levelCounts()).as(row.field() + " / " + row.criterion())
                    .containsExactly(row.verySatisfied(), row.satisfied(), row.dissatisfied());
            assertThat(field.responses()).isEqualTo(row.collected());
            assertThat(field.responsesByChannel()).containsEntry("PAPER", row.collected());
            assertThat(field.formsIssued()).isEqualTo(row.issued());
        }
        assertThat(results.overallRate()).isCloseTo(100.0, within(1e-9));

        // published, the frozen table is the same, number for number
        Publication june = PublicationCalendar.publishing(PublicationCalendar.of(2024, 14), PeriodType.SIX_MONTHS).get(0);
        TestClock.set(june.publishAt());
        publications.publish("BD", 2024, june, false);
        assertThat(publications.published("BD", "2024-H1").orElseThrow().results()).isEqualTo(results);
    }

    @Test
    void a_five_level_sipas_questionnaire_counts_each_level_and_rates_by_content_area() {
        TestClock.set(2024, 1, 6, 9, 0);
        campaigns.run("TP", "SIPAS-22", Set.of(Channel.PAPER));
        RunningCampaign campaign = campaignService.runningCampaign("TP", 2024).orElseThrow();
        assertThat(campaign.template().levels()).hasSize(5);
        int[] allBest = new int[22];
        java.util.Arrays.fill(allBest, 1);
        int[] mixed = new int[22];
        java.util.Arrays.fill(mixed, 3);
        int firstArea = campaign.template().areas().get(0).criteria().size();
        java.util.Arrays.fill(mixed, 0, firstArea, 2);
        int[] worst = new int[22];
        java.util.Arrays.fill(worst, 5);
        insertResponse(campaign, "TP-HT", LocalDate.of(2024, 2, 1), allBest);
        insertResponse(campaign, "TP-HT", LocalDate.of(2024, 2, 2), mixed);
        insertResponse(campaign, "VHXH", LocalDate.of(2024, 2, 3), worst);

        Period february = PublicationCalendar.of(2024, 14).get(1).periods().get(0);
        PeriodResults results = aggregation.aggregate(campaign, february);

        assertThat(results.levelLabels()).containsExactly("Rất hài lòng", "Hài lòng", "Bình thường", "Không hài lòng",
                "Rất không hài lòng");
        PeriodResults.FieldResult justice = results.fields().stream().filter(f -> f.fieldCode().equals("TP-HT"))
                .findFirst().orElseThrow();
        assertThat(justice.areas()).hasSize(5);
        assertThat(justice.criteria().get(0).levelCounts()).containsExactly(1, 1, 0, 0, 0);
        assertThat(justice.criteria().get(firstArea).levelCounts()).containsExactly(1, 0, 1, 0, 0);
        assertThat(justice.areas()).extracting(PeriodResults.AreaResult::rate).containsExactly(100.0, 50.0, 50.0, 50.0, 50.0);
        assertThat(justice.rate()).isCloseTo(60.0, within(1e-9));
        PeriodResults.FieldResult culture = results.fields().stream().filter(f -> f.fieldCode().equals("VHXH"))
                .findFirst().orElseThrow();
        assertThat(culture.criteria().get(0).levelCounts()).containsExactly(0, 0, 0, 0, 1);
        assertThat(culture.rate()).isZero();
        // overall: per area, all three responses pooled (2/3 satisfied in area 1, 1/3 in the others)
        assertThat(results.overallRate()).isCloseTo((200.0 / 3 + 4 * 100.0 / 3) / 5, within(1e-9));
    }

    @Test
    void an_empty_period_has_zero_counts_and_no_rates() {
        RunningCampaign campaign = campaignService.runningCampaign("BD", 2024).orElseThrow();
        Period march = PublicationCalendar.of(2024, 14).get(2).periods().get(0);
        PeriodResults results = aggregation.aggregate(campaign, march);

        assertThat(results.responses()).isZero();
        assertThat(results.overallRate()).isNull();
        assertThat(results.fields()).hasSize(3).allSatisfy(f -> {
            assertThat(f.rate()).isNull();
            assertThat(f.formsIssued()).isZero();
            assertThat(f.coverage()).isNull();
            assertThat(f.criteria()).allSatisfy(c -> {
                assertThat(c.answers()).isZero();
                assertThat(c.rate()).isNull();
                assertThat(c.levelCounts()).containsOnly(0);
            });
        });
        assertThat(results.officers()).isEmpty();
        assertThat(results.coverageBelowTarget()).isFalse();
    }

    @Test
    void officers_named_by_the_citizens_get_their_own_figures() {
        RunningCampaign campaign = campaignService.runningCampaign("BD", 2024).orElseThrow();
        long a = TestResponses.insert(jdbc, campaign, "TP-HT", LocalDate.of(2024, 2, 1), 1, 1, 1, 1);
        long b = TestResponses.insert(jdbc, campaign, "TP-HT", LocalDate.of(2024, 2, 2), 3, 3, 1, 1);
        long c = TestResponses.insert(jdbc, campaign, "VHXH", LocalDate.of(2024, 2, 3), 2, 2, 2, 2);
        jdbc.update("UPDATE survey_response SET officer = 'Nguyễn Văn An' WHERE id IN (?, ?)", a, b);
        jdbc.update("UPDATE survey_response SET officer = 'Trần Thị Bình' WHERE id = ?", c);

        PeriodResults results = aggregation.aggregate(campaign, PublicationCalendar.of(2024, 14).get(1).periods().get(0));
        assertThat(results.officers()).containsExactly(new PeriodResults.OfficerResult("Nguyễn Văn An", 2, 75.0),
                new PeriodResults.OfficerResult("Trần Thị Bình", 1, 100.0));
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

    private void insertResponse(RunningCampaign campaign, String fieldCode, LocalDate givenOn, int[] levels) {
        TestResponses.insert(jdbc, campaign, fieldCode, givenOn, levels);
    }
}
