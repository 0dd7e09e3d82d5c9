package vn.khaosat.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.khaosat.Login;
import vn.khaosat.SpringTest;
import vn.khaosat.TestCampaigns;
import vn.khaosat.TestClock;
import vn.khaosat.base.InvalidInputException;
import vn.khaosat.cycle.AggregationService;
import vn.khaosat.plan.CampaignService;
import vn.khaosat.plan.CampaignView;
import vn.khaosat.plan.Channel;
import vn.khaosat.plan.PlanService;
import vn.khaosat.plan.PublicationCalendar;
import vn.khaosat.plan.RunningCampaign;
import vn.khaosat.plan.FieldView;

/**
 * A commune takes ratings every day of the year: after its last cut-off (15/12) the closing year's
 * campaign takes them for next year's January, and next year's campaign takes them over when its
 * plan is issued (W2).
 */
@SpringTest
class YearRoundCollectionIT {

    @Autowired
    CollectionService collection;
    @Autowired
    PaperService paper;
    @Autowired
    CampaignService campaignService;
    @Autowired
    PlanService plans;
    @Autowired
    AggregationService aggregation;
    @Autowired
    DossierService dossiers;
    @Autowired
    TestCampaigns campaigns;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void cleanUp() {
        campaigns.deleteAll();
        ClockUtil.reset();
        Login.out();
    }

    @Test
    void ratings_after_the_last_cut_off_count_in_next_years_january_and_move_to_its_campaign() {
        TestClock.set(2026, 3, 2, 9, 0);
        campaigns.run("TX", "TT4-3M", Set.of(Channel.ONLINE, Channel.PAPER));
        long campaign2026 = campaignOf(2026);
        Login.as(users, "canbo.tx");
        long tpht = field("TP-HT");
        long dcxd = field("DC-XD-MT");
        paper.issue(tpht, 5);
        Login.out();

        // 15/12: the campaign completes at its last cut-off; ratings go on the same day and after
        TestClock.set(2026, 12, 15, 7, 30);
        campaignService.complete(campaign2026);
        long onDec15 = collection.submitOnline(online("TP-HT", "c-dec15-0001"), "10.0.0.1").responseId();
        TestClock.set(2026, 12, 20, 10, 0);
        assertThat(collection.questionnaire("TX")).map(RunningCampaign::year).contains(2026);
        long onDec20 = collection.submitOnline(online("TP-HT", "c-dec20-0001"), "10.0.0.1").responseId();
        long droppedField = collection.submitOnline(online("DC-XD-MT", "c-dec20-0002"), "10.0.0.1").responseId();
        Login.as(users, "canbo.tx");
        // a form of 10/12 typed in after the cut-off still counts in December, a form of 18/12 in January
        long formOfDec10 = paper.enter(tpht, LocalDate.of(2026, 12, 10), "TX-2026-00001", "1111").responseId();
        long formOfDec18 = paper.enter(tpht, LocalDate.of(2026, 12, 18), "TX-2026-00002", "1121").responseId();
        Login.out();

        // New Year: still no plan for 2027; the kiosk and the form keep taking ratings
        TestClock.set(2027, 1, 1, 0, 5);
        long onJan1 = collection.submitOnline(online("TP-HT", "c-jan01-0001"), "10.0.0.1").responseId();
        assertThat(countedOn(onDec15, onDec20, onJan1, formOfDec10, formOfDec18)).containsExactly(
                "2026-12-15", "2026-12-20", "2027-01-01", "2026-12-10", "2026-12-18");
        assertThat(campaignIds(onDec15, onDec20, onJan1, formOfDec10, formOfDec18, droppedField))
                .containsOnly(campaign2026);

        // 12/01: the 2027 plan is issued without DC-XD-MT; its campaign takes over what counts in its windows
        TestClock.set(2027, 1, 12, 9, 0);
        campaigns.run("TX", "TT4-3M", Set.of(Channel.ONLINE, Channel.PAPER), Set.of("TP-HT", "VHXH"));
        long campaign2027 = campaignOf(2027);
        assertThat(campaignIds(onDec15, onDec20, onJan1, formOfDec18)).containsOnly(campaign2027);
        assertThat(campaignIds(formOfDec10, droppedField)).containsOnly(campaign2026);
        Login.as(users, "canbo.tx");
        CampaignView view = campaignService.campaignOfPlan(planOf(2027)).orElseThrow();
        assertThat(view.carriedOver()).isEqualTo(4);
        assertThat(view.notCarriedOver()).isEqualTo(1);
        assertThat(view.droppedFields()).extracting(FieldView::code).containsExactly("DC-XD-MT");

        // January 2027 counts the four, December 2026 the form of 10/12
        RunningCampaign of2027 = campaignService.campaignOfYear("TX", 2027).orElseThrow();
        var january = aggregation.aggregate(of2027, PublicationCalendar.of(2027, 14).get(0).periods().get(0));
        assertThat(january.fields()).filteredOn(f -> f.fieldId() == tpht).singleElement()
                .satisfies(f -> assertThat(f.responses()).isEqualTo(4));
        RunningCampaign of2026 = campaignService.campaignOfYear("TX", 2026).orElseThrow();
        var december = aggregation.aggregate(of2026, PublicationCalendar.of(2026, 14).get(11).periods().get(0));
        assertThat(december.fields()).filteredOn(f -> f.fieldId() == tpht).singleElement()
                .satisfies(f -> assertThat(f.responses()).isEqualTo(1));
        assertThat(december.fields()).filteredOn(f -> f.fieldId() == dcxd).singleElement()
                .satisfies(f -> assertThat(f.responses()).isZero());

        // a 2026 form filled in on 22/12 and typed in now counts in the new campaign's January
        long lateForm = paper.enter(tpht, LocalDate.of(2026, 12, 22), "TX-2026-00003", "1111").responseId();
        assertThat(campaignIds(lateForm)).containsOnly(campaign2027);
        assertThat(countedOn(lateForm)).containsExactly("2026-12-22");
    }

    @Test
    void a_date_no_campaign_holds_is_refused_with_a_message_and_nothing_is_stored() {
        TestClock.set(2026, 3, 20, 9, 0);
        campaigns.run("TX", "TT4-3M", Set.of(Channel.ONLINE, Channel.PAPER));
        Login.as(users, "canbo.tx");
        long tpht = field("TP-HT");
        paper.issue(tpht, 2);
        // 20/11/2025 belongs to 2025's windows, and the commune had no plan in 2025
        assertThatThrownBy(() -> paper.enter(tpht, LocalDate.of(2025, 11, 20), "TX-2026-00001", "1111"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessageKeys())
                        .containsExactly(java.util.Map.entry("givenOn", "collection.paper.dateNoCampaign")));
        // 20/12/2025 is in 2026's January window: taken
        paper.enter(tpht, LocalDate.of(2025, 12, 20), "TX-2026-00001", "1111");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM survey_response", Integer.class)).isEqualTo(1);
        Login.out();

        // two years on, with no plan since: refused on every channel
        TestClock.set(2028, 2, 1, 9, 0);
        assertThat(collection.questionnaire("TX")).isEmpty();
        assertThatThrownBy(() -> collection.submitOnline(online("TP-HT", "c-2028-0001"), "10.0.0.1"))
                .isInstanceOfSatisfying(SubmissionRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("collection.error.noCampaign"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM survey_response", Integer.class)).isEqualTo(1);
    }

    @Test
    void coverage_counts_each_month_over_its_data_window() {
        TestClock.set(2026, 11, 20, 9, 0);
        campaigns.run("TX", "TT4-3M", Set.of(Channel.ONLINE));
        Login.as(users, "canbo.tx");
        long tpht = field("TP-HT");
        dossiers.enter(tpht, 2026, 11, 10);
        dossiers.enter(tpht, 2026, 12, 10);
        collection.submitOnline(online("TP-HT", "c-nov20-0001"), "10.0.0.1");
        collection.submitOnline(online("TP-HT", "c-nov20-0002"), "10.0.0.1");
        TestClock.set(2026, 11, 14, 9, 0);
        collection.submitOnline(online("TP-HT", "c-nov14-0001"), "10.0.0.1");
        TestClock.set(2026, 11, 21, 9, 0);

        var justice = dossiers.coverage(2026).fields().stream().filter(f -> f.fieldCode().equals("TP-HT"))
                .findFirst().orElseThrow();
        // 14/11 closes November's window; 20/11 opens December's
        assertThat(justice.months().get(10)).isEqualTo(new vn.khaosat.collection.Coverage.Cell(1, 10));
        assertThat(justice.months().get(11)).isEqualTo(new vn.khaosat.collection.Coverage.Cell(2, 10));
        // the year to date runs to December's window, which today (21/11) is in
        assertThat(justice.yearToDate()).isEqualTo(new vn.khaosat.collection.Coverage.Cell(3, 20));
    }

    private Submission online(String field, String clientId) {
        return new Submission("TX", field, Channel.ONLINE, null, List.of(new Submission.Answer(1, 1),
                new Submission.Answer(2, 1), new Submission.Answer(3, 2), new Submission.Answer(4, 1)), null, null, null,
                null, clientId);
    }

    private long campaignOf(int year) {
        return jdbc.queryForObject("SELECT id FROM survey_campaign WHERE commune_code = 'TX' AND campaign_year = ?",
                Long.class, year);
    }

    private long planOf(int year) {
        return jdbc.queryForObject("SELECT id FROM survey_plan WHERE commune_code = 'TX' AND plan_year = ?", Long.class,
                year);
    }

    private long field(String code) {
        return jdbc.queryForObject("SELECT id FROM service_field WHERE code = ?", Long.class, code);
    }

    private List<String> countedOn(long... ids) {
        return java.util.Arrays.stream(ids).mapToObj(id -> jdbc.queryForObject(
                "SELECT counted_on FROM survey_response WHERE id = ?", LocalDate.class, id).toString()).toList();
    }

    private List<Long> campaignIds(long... ids) {
        return java.util.Arrays.stream(ids).mapToObj(id -> jdbc.queryForObject(
                "SELECT campaign_id FROM survey_response WHERE id = ?", Long.class, id)).toList();
    }
}
