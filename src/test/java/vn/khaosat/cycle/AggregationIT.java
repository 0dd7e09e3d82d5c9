package vn.khaosat.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
import vn.khaosat.plan.TemplateDetail;

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

    /**
     * The database's GROUP BY against the rules written out here by hand, on data where a wrong
     * denominator shows: every level of every criterion present, dissatisfied answers, a field with
     * one response, a field with none, officers, and dossiers below and above the target.
     */
    @Test
    void the_database_figures_equal_the_definitions_on_mixed_levels_an_empty_and_a_one_response_field() {
        TestClock.set(2024, 1, 6, 9, 0);
        campaigns.run("TP", "SIPAS-22", Set.of(Channel.PAPER));
        RunningCampaign campaign = campaignService.runningCampaign("TP", 2024).orElseThrow();
        List<TemplateDetail.Level> levels = campaign.template().levels();
        assertThat(levels).extracting(TemplateDetail.Level::satisfied).contains(true, false);
        int criteria = campaign.template().criteria().size();
        Random random = new Random(20240214L);
        Map<String, List<int[]>> given = new LinkedHashMap<>();
        Map<String, List<int[]>> byOfficer = new LinkedHashMap<>();
        for (int r = 0; r < 37; r++) {
            int[] answers = new int[criteria];
            for (int c = 0; c < criteria; c++) {
                // the first five responses give every level to every criterion, the rest at random
                answers[c] = r < levels.size() ? r + 1 : 1 + random.nextInt(levels.size());
            }
            long id = TestResponses.insert(jdbc, campaign, "TP-HT", LocalDate.of(2024, 1, 15).plusDays(r % 30), answers);
            given.computeIfAbsent("TP-HT", f -> new ArrayList<>()).add(answers);
            if (r % 3 == 0) {
                jdbc.update("UPDATE survey_response SET officer = 'Lê Văn Cường' WHERE id = ?", id);
                byOfficer.computeIfAbsent("Lê Văn Cường", o -> new ArrayList<>()).add(answers);
            }
        }
        int[] one = new int[criteria];
        for (int c = 0; c < criteria; c++) {
            one[c] = c % 2 == 0 ? levels.size() : 1;
        }
        long single = TestResponses.insert(jdbc, campaign, "VHXH", LocalDate.of(2024, 2, 14), one);
        jdbc.update("UPDATE survey_response SET officer = 'Đỗ Thị Ánh' WHERE id = ?", single);
        given.put("VHXH", List.<int[]>of(one));
        dossiers(campaign, "TP-HT", 40);
        dossiers(campaign, "VHXH", 20);

        Period february = PublicationCalendar.of(2024, 14).get(1).periods().get(0);
        PeriodResults results = aggregation.aggregate(campaign, february);

        List<List<Integer>> areaCriteria = new ArrayList<>();
        int position = 0;
        for (TemplateDetail.Area area : campaign.template().areas()) {
            List<Integer> indexes = new ArrayList<>();
            for (int i = 0; i < area.criteria().size(); i++) {
                indexes.add(position++);
            }
            areaCriteria.add(indexes);
        }
        for (PeriodResults.FieldResult field : results.fields()) {
            List<int[]> responses = given.getOrDefault(field.fieldCode(), List.of());
            assertThat(field.responses()).as(field.fieldCode()).isEqualTo(responses.size());
            List<Double> areaRates = new ArrayList<>();
            for (List<Integer> area : areaCriteria) {
                double sum = 0;
                int known = 0;
                for (int c : area) {
                    PeriodResults.CriterionResult result = field.criteria().get(c);
                    int[] counts = new int[levels.size()];
                    responses.forEach(answers -> counts[answers[c] - 1]++);
                    assertThat(result.levelCounts()).as(field.fieldCode() + " criterion " + c)
                            .containsExactlyElementsOf(Arrays.stream(counts).boxed().toList());
                    Double rate = satisfiedShare(responses, List.of(c), levels);
                    assertThat(result.answers()).isEqualTo(responses.size());
                    assertThat(result.rate()).as(field.fieldCode() + " criterion " + c).isEqualTo(rate);
                    if (rate != null) {
                        sum += rate;
                        known++;
                    }
                }
                areaRates.add(known == 0 ? null : sum / known);
            }
            assertThat(field.areas()).extracting(PeriodResults.AreaResult::rate).containsExactlyElementsOf(areaRates);
            if (responses.isEmpty()) {
                assertThat(field.rate()).isNull();
            } else {
                assertThat(field.rate()).isCloseTo(areaRates.stream().mapToDouble(Double::doubleValue).average()
                        .orElseThrow(), within(1e-9));
            }
        }
        // every criterion of the field has level 1 to 5 at least once
        PeriodResults.FieldResult justice = field(results, "TP-HT");
        assertThat(justice.criteria()).allSatisfy(c -> assertThat(c.levelCounts()).doesNotContain(0));
        assertThat(justice.rate()).isStrictlyBetween(0.0, 100.0);

        // overall: per criterion every field's answers pooled, the criteria's mean per area, the areas' mean
        List<int[]> all = given.values().stream().flatMap(List::stream).toList();
        double overall = areaCriteria.stream().mapToDouble(area -> area.stream()
                .mapToDouble(c -> satisfiedShare(all, List.of(c), levels)).average().orElseThrow())
                .average().orElseThrow();
        assertThat(results.overallRate()).isCloseTo(overall, within(1e-9));

        List<Integer> everyCriterion = java.util.stream.IntStream.range(0, criteria).boxed().toList();
        // in the database's Vietnamese collation, Đ sorts with D
        assertThat(results.officers()).containsExactly(
                new PeriodResults.OfficerResult("Đỗ Thị Ánh", 1, satisfiedShare(List.<int[]>of(one), everyCriterion,
                        levels)),
                new PeriodResults.OfficerResult("Lê Văn Cường", byOfficer.get("Lê Văn Cường").size(),
                        satisfiedShare(byOfficer.get("Lê Văn Cường"), everyCriterion, levels)));

        assertThat(justice.coverage()).isEqualTo(100.0 * 37 / 40);
        assertThat(field(results, "VHXH").coverage()).isEqualTo(5.0);
        assertThat(field(results, "DC-XD-MT").coverage()).isNull();
        assertThat(field(results, "DC-XD-MT").responses()).isZero();
        assertThat(results.coverageBelowTarget()).as("VHXH covers 5 %%, under %d %%", campaign.coverageTarget())
                .isTrue();
    }

    /** Satisfied answers ÷ answers, in per cent, over those responses and criteria; null with none. */
    private static Double satisfiedShare(List<int[]> responses, List<Integer> criteria,
            List<TemplateDetail.Level> levels) {
        int satisfied = 0;
        int answers = 0;
        for (int[] response : responses) {
            for (int c : criteria) {
                answers++;
                satisfied += levels.get(response[c] - 1).satisfied() ? 1 : 0;
            }
        }
        return answers == 0 ? null : 100.0 * satisfied / answers;
    }

    private static PeriodResults.FieldResult field(PeriodResults results, String code) {
        return results.fields().stream().filter(f -> f.fieldCode().equals(code)).findFirst().orElseThrow();
    }

    private void dossiers(RunningCampaign campaign, String fieldCode, int dossiers) {
        long field = campaign.fields().stream().filter(f -> f.code().equals(fieldCode)).findFirst().orElseThrow()
                .id();
        jdbc.update("INSERT INTO dossier_count (commune_code, field_id, count_year, count_month, dossiers, updated_by, "
                + "updated_at) VALUES (?, ?, 2024, 2, ?, 'test', NOW())", campaign.communeCode(), field, dossiers);
    }

    @Test
    void figures_are_kept_until_a_response_or_a_dossier_count_of_the_window_changes() {
        RunningCampaign campaign = campaignService.runningCampaign("BD", 2024).orElseThrow();
        Period march = PublicationCalendar.of(2024, 14).stream().flatMap(p -> p.periods().stream())
                .filter(p -> p.code().equals("2024-03")).findFirst().orElseThrow();
        insertResponse(campaign, "TP-HT", LocalDate.of(2024, 3, 1), new int[] {1, 1, 1, 1});

        PeriodResults first = aggregation.aggregate(campaign, march);
        assertThat(aggregation.aggregate(campaign, march)).as("nothing changed: the kept figures").isSameAs(first);

        // a response in the window (stored through any node: the database tells)
        insertResponse(campaign, "TP-HT", LocalDate.of(2024, 3, 2), new int[] {3, 3, 3, 3});
        PeriodResults second = aggregation.aggregate(campaign, march);
        assertThat(second.responses()).isEqualTo(first.responses() + 1);

        // a dossier count entered, then corrected
        long field = jdbc.queryForObject("SELECT id FROM service_field WHERE code = 'TP-HT'", Long.class);
        jdbc.update("INSERT INTO dossier_count (commune_code, field_id, count_year, count_month, dossiers, updated_by, "
                + "updated_at) VALUES ('BD', ?, 2024, 3, 40, 'test', NOW())", field);
        assertThat(dossiersOf(aggregation.aggregate(campaign, march), "TP-HT")).isEqualTo(40);
        jdbc.update("UPDATE dossier_count SET dossiers = 20, version = version + 1 WHERE commune_code = 'BD'");
        assertThat(dossiersOf(aggregation.aggregate(campaign, march), "TP-HT")).isEqualTo(20);

        // a response deleted (a paper form taken back before publication)
        jdbc.update("DELETE FROM survey_response WHERE id = (SELECT MIN(id) FROM (SELECT id FROM survey_response "
                + "WHERE commune_code = 'BD') r)");
        assertThat(aggregation.aggregate(campaign, march).responses()).isEqualTo(first.responses());
        jdbc.update("DELETE FROM dossier_count WHERE commune_code = 'BD'");
    }

    private static Integer dossiersOf(PeriodResults results, String fieldCode) {
        return results.fields().stream().filter(f -> f.fieldCode().equals(fieldCode)).findFirst().orElseThrow()
                .dossiers();
    }

    private void insertResponse(RunningCampaign campaign, String fieldCode, LocalDate givenOn, int[] levels) {
        TestResponses.insert(jdbc, campaign, fieldCode, givenOn, levels);
    }
}
