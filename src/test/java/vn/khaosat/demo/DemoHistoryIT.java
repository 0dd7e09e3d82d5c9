package vn.khaosat.demo;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.vaadin.flow.component.UI;

import vn.khaosat.KaribuTest;
import vn.khaosat.Login;
import vn.khaosat.Source000;
import vn.khaosat.TestCampaigns;
import vn.khaosat.base.tasks.InboxTask;
import vn.khaosat.base.tasks.ui.InboxProbe;
import vn.khaosat.base.tasks.ui.MyTasksView;
import vn.khaosat.cycle.PeriodResults;
import vn.khaosat.cycle.PublicationService;
import vn.khaosat.cycle.PublishedPeriod;
import vn.khaosat.cycle.ui.PublicPageProbe;
import vn.khaosat.cycle.ui.PublicResultsView;
import vn.khaosat.report.DashboardStatus;
import vn.khaosat.report.DistrictDashboard;
import vn.khaosat.report.Grade;
import vn.khaosat.report.ui.DashboardProbe;
import vn.khaosat.report.ui.DistrictDashboardView;

/**
 * The demo's history built as on a first start on three awkward days of the year — just after New
 * Year, the day after the half-year's publication, just before Christmas — and what each demo login
 * then finds: published periods, grades on the dashboard, a task in each inbox; last year complete,
 * through the processes; Bình Dương's first half of last year equal to source 000's table.
 */
class DemoHistoryIT extends KaribuTest {

    @Autowired
    DemoHistoryBuilder builder;
    @Autowired
    TestCampaigns campaigns;
    @Autowired
    PublicationService publications;
    @Autowired
    RuntimeService runtime;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    @AfterEach
    void emptyDemo() {
        ClockUtil.reset();
        campaigns.deleteAll();
        jdbc.update("DELETE FROM feedback_item");
    }

    @Test
    void on_5_january_last_year_is_complete_and_this_year_has_begun() {
        build("2027-01-05T10:00:00+07:00");
        everyLoginFindsWork();
        lastYearIsComplete(2026, true);
        // the dashboard opens on last year's whole year: the only reported period published so far
        Login.as(userDetailsService, "noivu.ts");
        UI.getCurrent().navigate("district");
        DistrictDashboardView dashboard = _get(DistrictDashboardView.class);
        assertThat(DashboardProbe.year(dashboard)).isEqualTo(2026);
        gradedForTheLastPublishedPeriod(dashboard);
        // Bình Dương planned 2027 in December, Tây Xuân does in January (12th): its task waits
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("next-plan-2027-TX").count())
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM survey_plan WHERE plan_year = 2027 AND commune_code = 'BD' "
                + "AND status = 'ISSUED'", Integer.class)).isEqualTo(1);
    }

    @Test
    void on_29_june_the_half_year_is_published_and_its_reports_are_being_prepared() {
        build("2026-06-29T10:00:00+07:00");
        everyLoginFindsWork();
        lastYearIsComplete(2025, false);
        Login.as(userDetailsService, "noivu.ts");
        UI.getCurrent().navigate("district");
        DistrictDashboardView dashboard = _get(DistrictDashboardView.class);
        assertThat(DashboardProbe.year(dashboard)).isEqualTo(2026);
        assertThat(DashboardProbe.dashboard(dashboard).periodCode()).isEqualTo("2026-H1");
        gradedForTheLastPublishedPeriod(dashboard);
        // this year against last year: each reporting commune has both
        for (DistrictDashboard.Row row : DashboardProbe.dashboard(dashboard).rows()) {
            assertThat(row.lastYearRate()).as(row.communeName()).isNotNull();
        }
        assertThat(DashboardProbe.dashboard(dashboard).lastYearTrend()).hasSize(4);
        assertThat(DashboardProbe.charts(dashboard)).hasSize(2);
        // a half year is compared with the half year before, not with June (its code is as long as a month's)
        PeriodResults half = publications.published("TX", "2026-H1").orElseThrow().results();
        assertThat(publications.previous(half)).map(PeriodResults::periodCode).contains("2025-H1");
        assertThat(publications.monthlyTrend("TX").keySet()).allMatch(code -> code.matches("\\d{4}-\\d{2}"))
                .contains("2025-07", "2026-05");
        // Tây Xuân's half-year report is the staff's to prepare
        assertThat(inbox("canbo.tx")).extracting(InboxTask::name).contains("Chuẩn bị báo cáo");
    }

    @Test
    void on_20_december_the_year_is_nearly_done_and_next_years_plans_are_asked_for() {
        build("2026-12-20T10:00:00+07:00");
        everyLoginFindsWork();
        lastYearIsComplete(2025, false);
        Login.as(userDetailsService, "noivu.ts");
        UI.getCurrent().navigate("district");
        DistrictDashboardView dashboard = _get(DistrictDashboardView.class);
        assertThat(DashboardProbe.dashboard(dashboard).periodCode()).isEqualTo("2026-Q3");
        gradedForTheLastPublishedPeriod(dashboard);
        // December's cycle waits for the chairman of Tây Xuân (reviewed on the 18th, approved on the 26th)
        assertThat(inbox("chutich.tx")).extracting(InboxTask::name).contains("Duyệt công bố");
        // Bình Dương issued its 2027 plan on 10 December; Tây Xuân is reminded weekly
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM survey_plan WHERE plan_year = 2027 AND status = 'ISSUED'",
                Integer.class)).isEqualTo(1);
        List<InboxTask> staff = inbox("canbo.tx");
        assertThat(staff).extracting(InboxTask::name).as(staff.toString()).contains("Lập kế hoạch khảo sát năm sau");
    }

    // ---- what every date must show

    private void build(String instant) {
        Instant now = OffsetDateTime.parse(instant).toInstant();
        DemoHistoryBuilder.Built built = builder.build(now);
        System.out.printf("demo history to %s: %s%n", instant, built);
        // the screens are looked at on the day the demo was built for
        ClockUtil.setCurrentTime(java.util.Date.from(now));
        assertThat(runtime.createIncidentQuery().count()).as("no step of any process failed").isZero();
    }

    private void everyLoginFindsWork() {
        for (String login : List.of("canbo.tx", "chutich.tx", "noivu.ts")) {
            assertThat(inbox(login)).as(login + "'s inbox").isNotEmpty();
        }
        for (String commune : List.of("tx", "bd")) {
            Login.out();
            UI.getCurrent().navigate("cong-khai/" + commune);
            PublicResultsView page = _get(PublicResultsView.class);
            assertThat(PublicPageProbe.periods(page)).as(commune + "'s published periods")
                    .isGreaterThanOrEqualTo(4);
            assertThat(PublicPageProbe.charts(page)).as("charts on the public page, the trend among them").isGreaterThan(3);
            assertThat(publications.monthlyTrend(commune.toUpperCase())).as("the trend over the published months")
                    .hasSizeGreaterThanOrEqualTo(4);
        }
    }

    private List<InboxTask> inbox(String login) {
        Login.as(userDetailsService, login);
        // away first: navigating to the route already shown keeps the previous login's view
        UI.getCurrent().navigate("cong-khai/tx");
        UI.getCurrent().navigate("");
        return InboxProbe.rows(_get(MyTasksView.class));
    }

    private void gradedForTheLastPublishedPeriod(DistrictDashboardView view) {
        Map<String, DistrictDashboard.Row> rows = new java.util.HashMap<>();
        DashboardProbe.dashboard(view).rows().forEach(r -> rows.put(r.communeCode(), r));
        for (String reporting : List.of("TX", "BD")) {
            DistrictDashboard.Row row = rows.get(reporting);
            assertThat(row.overallRate()).as(reporting).isNotNull();
            assertThat(row.status()).as(reporting).isIn(DashboardStatus.SUBMITTED, DashboardStatus.APPROVED,
                    DashboardStatus.DUE, DashboardStatus.LATE);
            assertThat(row.grade()).as(reporting).isNotNull();
        }
        // Tây Phú publishes but never reports: weak, whatever its rate, once its report is overdue
        DistrictDashboard.Row tayPhu = rows.get("TP");
        assertThat(tayPhu.status()).isIn(DashboardStatus.MISSING, DashboardStatus.LATE, DashboardStatus.DUE);
        if (tayPhu.status() != DashboardStatus.DUE) {
            assertThat(tayPhu.grade()).isEqualTo(Grade.WEAK);
        }
    }

    /** Every month of last year published on its 28th, every report of the two reporting communes sent. */
    private void lastYearIsComplete(int year, boolean yearReportJustSent) {
        for (String commune : List.of("TX", "BD", "TP")) {
            List<PublishedPeriod> published = publications.published(commune).stream()
                    .filter(p -> p.periodCode().startsWith(year + "-")).toList();
            assertThat(published).as(commune + " " + year).hasSize(16).noneMatch(PublishedPeriod::late);
        }
        for (String commune : List.of("TX", "BD")) {
            List<String> statuses = jdbc.queryForList("SELECT status FROM period_report WHERE commune_code = ? "
                    + "AND period_code LIKE ? ORDER BY period_code", String.class, commune, year + "-%");
            assertThat(statuses).as(commune + "'s reports of " + year).hasSize(4);
            if (!yearReportJustSent) {
                assertThat(statuses).as(commune).allMatch(s -> s.equals("APPROVED"));
            }
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM period_report WHERE commune_code = 'TP' AND status <> 'PREPARING'",
                Integer.class)).as("Tây Phú never sends").isZero();
        // one report returned with a comment, revised and approved
        assertThat(jdbc.queryForList("SELECT e.action FROM report_event e JOIN period_report r ON r.id = e.report_id "
                + "WHERE r.commune_code = 'TX' AND r.period_code = ? ORDER BY e.done_at, e.id", String.class, year + "-Q3"))
                .contains("RETURNED", "REVISED", "APPROVED");
        // the chairman returned one month once, and a month's coverage warning was acknowledged
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE after_state LIKE ?", Integer.class,
                "%Địa chính giảm%")).isPositive();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM period_cycle WHERE coverage_warning = TRUE "
                + "AND coverage_reason IS NOT NULL", Integer.class)).isPositive();

        // Bình Dương's first six months: source 000's table, number for number
        PeriodResults h1 = publications.published("BD", year + "-H1").orElseThrow().results();
        List<String> table = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (Source000.Row row : Source000.rows()) {
            table.add("%s %s %d/%d/%d".formatted(row.fieldCode(), row.criterion(), row.verySatisfied(), row.satisfied(),
                    row.dissatisfied()));
        }
        for (PeriodResults.FieldResult field : h1.fields()) {
            for (PeriodResults.CriterionResult c : field.criteria()) {
                shown.add("%s %s %d/%d/%d".formatted(field.fieldCode(), c.text(), c.levelCounts().get(0),
                        c.levelCounts().get(1), c.levelCounts().get(2)));
            }
            Source000.Row first = Source000.rows().stream().filter(r -> r.fieldCode().equals(field.fieldCode()))
                    .findFirst().orElseThrow();
            assertThat(field.responses()).isEqualTo(first.collected());
            assertThat(field.formsIssued()).isEqualTo(first.issued());
        }
        assertThat(shown).containsExactlyInAnyOrderElementsOf(table);

        // realistic volumes on every channel, with officers, organisations, comments and dissatisfied answers
        Map<String, Object> mix = jdbc.queryForMap("SELECT SUM(channel = 'KIOSK') kiosk, SUM(channel = 'ONLINE' AND "
                + "receipt_code IS NULL) online, SUM(receipt_code IS NOT NULL) api, SUM(paper_serial IS NOT NULL) paper, "
                + "SUM(officer IS NOT NULL) officer, SUM(respondent_type = 'TO_CHUC') organisation, "
                + "SUM(comment_text IS NOT NULL) comments, COUNT(*) total FROM survey_response WHERE commune_code = 'TX' "
                + "AND counted_on BETWEEN ? AND ?", LocalDate.of(year - 1, 12, 15), LocalDate.of(year, 12, 14));
        mix.forEach((what, n) -> assertThat(((Number) n).intValue()).as("Tây Xuân " + year + ": " + what).isPositive());
        assertThat(((Number) mix.get("total")).intValue() / 12).as("Tây Xuân's responses a month").isGreaterThan(150);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM response_answer WHERE level = 3", Integer.class)).isPositive();
        // feedback in every state: answered, waiting for the chairman, returned, just received
        assertThat(jdbc.queryForList("SELECT DISTINCT status FROM feedback_item WHERE commune_code = 'TX'", String.class))
                .containsExactlyInAnyOrder("ANSWERED", "AWAITING_APPROVAL", "RETURNED", "RECEIVED");
    }
}
